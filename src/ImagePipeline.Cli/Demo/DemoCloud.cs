using Amazon.DynamoDBv2;
using Amazon.S3;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Sessions;
using ImagePipeline.LocalCloud.Hosting;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.Cli.Demo;

/// <summary>The local cloud the demo runs on, and each tenant's clients through its gateway.</summary>
/// <remarks>
/// Every call the demo makes goes through the gateway as the tenant's user session, issued by the broker, so
/// the demo shows the template's policies at work rather than a privileged view of the storage.
/// </remarks>
internal sealed class DemoCloud : IAsyncDisposable
{
    private readonly Dictionary<TenantId, TenantClients> _clients = [];
    private readonly string _data;

    private DemoCloud(LocalCloudHost host, string data)
    {
        Host = host;
        _data = data;
    }

    /// <summary>The running local cloud.</summary>
    public LocalCloudHost Host { get; }

    /// <summary>The bucket of originals and variants.</summary>
    public string Bucket => Host.Resources.BucketName;

    /// <summary>The metadata table.</summary>
    public string Table => Host.Resources.TableName;

    /// <summary>Starts the local cloud from the template with a private data folder.</summary>
    public static async Task<DemoCloud> StartAsync(
        string templatePath,
        string engineName,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var data = Path.Combine(Path.GetTempPath(), $"imagepipeline-demo-{Guid.NewGuid():N}");
        var host = await LocalCloudHost.StartAsync(
            new LocalCloudOptions
            {
                TemplatePath = templatePath,
                DataDirectory = data,
                EngineName = engineName,
                LoggerFactory = loggerFactory,
            },
            cancellationToken);
        return new DemoCloud(host, data);
    }

    /// <summary>The tenant's S3 and DynamoDB clients, acting as its user session through the gateway.</summary>
    public async Task<TenantClients> ForTenantAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        if (_clients.TryGetValue(tenant, out var cached))
        {
            return cached;
        }

        var credentials = (await Host.TenantUserSessionAsync(tenant, cancellationToken)).ToAwsCredentials();
        var endpoint = Host.Endpoint.ToString();
        var clients = new TenantClients(
            new AmazonS3Client(credentials, new AmazonS3Config { ServiceURL = endpoint, ForcePathStyle = true }),
            new AmazonDynamoDBClient(credentials, new AmazonDynamoDBConfig { ServiceURL = endpoint }));
        _clients[tenant] = clients;
        return clients;
    }

    /// <summary>Disposes the clients, stops the local cloud and removes its data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var clients in _clients.Values)
        {
            clients.S3.Dispose();
            clients.DynamoDb.Dispose();
        }

        await Host.DisposeAsync();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
