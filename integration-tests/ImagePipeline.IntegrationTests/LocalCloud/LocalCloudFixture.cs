using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SecurityToken;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.LocalCloud.Audit;
using ImagePipeline.LocalCloud.Hosting;

namespace ImagePipeline.IntegrationTests.EndToEnd;

/// <summary>One local cloud (moto, gateway, function host) provisioned from the real template.</summary>
public class LocalCloudFixture : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"localcloud-{Guid.NewGuid():N}");

    public LocalCloudHost Cloud { get; private set; } = null!;

    public string Bucket => Cloud.Resources.BucketName;

    public string Table => Cloud.Resources.TableName;

    public async ValueTask InitializeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        Cloud = await LocalCloudHost.StartAsync(
            Configure(new LocalCloudOptions
            {
                TemplatePath = TemplateFile.Path,
                DataDirectory = _data,
                BucketName = "images-" + suffix,
                TableName = "metadata-" + suffix,
                EngineName = "imagesharp",
            }),
            TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Cloud is not null)
        {
            await Cloud.DisposeAsync();
        }

        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A fresh tenant id, so tests sharing the cloud never see each other's data.</summary>
    public static TenantId NewTenant(string name) => TenantId.Parse($"{name}-{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>A tenant user session issued by the broker through the gateway's STS.</summary>
    public async Task<AWSCredentials> TenantUserAsync(TenantId tenant, CancellationToken ct) =>
        (await Cloud.TenantUserSessionAsync(tenant, ct)).ToAwsCredentials();

    /// <summary>An S3 client through the gateway at the SDK's defaults (path style for the loopback host).</summary>
    public AmazonS3Client S3(AWSCredentials credentials) =>
        new(credentials, new AmazonS3Config { ServiceURL = Cloud.Endpoint.ToString(), ForcePathStyle = true });

    /// <summary>A DynamoDB client through the gateway.</summary>
    public AmazonDynamoDBClient Dynamo(AWSCredentials credentials) =>
        new(credentials, new AmazonDynamoDBConfig { ServiceURL = Cloud.Endpoint.ToString() });

    /// <summary>An STS client through the gateway.</summary>
    public AmazonSecurityTokenServiceClient Sts(AWSCredentials credentials) =>
        new(credentials, new AmazonSecurityTokenServiceConfig { ServiceURL = Cloud.Endpoint.ToString() });

    /// <summary>An S3 client straight on moto, bypassing IAM, to plant data or check what really got stored.</summary>
    public AmazonS3Client DirectS3() => new(
        new BasicAWSCredentials("test", "test"),
        new AmazonS3Config { ServiceURL = Cloud.BackendEndpoint.ToString(), ForcePathStyle = true });

    /// <summary>A DynamoDB client straight on moto, bypassing IAM.</summary>
    public AmazonDynamoDBClient DirectDynamo() => new(
        new BasicAWSCredentials("test", "test"),
        new AmazonDynamoDBConfig { ServiceURL = Cloud.BackendEndpoint.ToString() });

    /// <summary>Every audit record written so far.</summary>
    public IReadOnlyList<AuditRecord> Audit() => [.. FileAuditSink.ReadAll(Cloud.AuditPath)];

    /// <summary>Waits until at least <paramref name="count"/> audit records match, and returns them.</summary>
    /// <remarks>The gateway writes a request's record once its response is complete; a caller can be faster.</remarks>
    public async Task<IReadOnlyList<AuditRecord>> WaitForAuditAsync(
        Func<AuditRecord, bool> predicate,
        CancellationToken ct,
        int count = 1)
    {
        List<AuditRecord> matching = [];
        await EventuallyAsync(
            () =>
            {
                matching = [.. Audit().Where(predicate)];
                return Task.FromResult(matching.Count >= count);
            },
            $"{count} matching audit record(s)",
            ct);
        return matching;
    }

    /// <summary>Polls until the condition holds; fails naming what never happened after a generous bound.</summary>
    /// <remarks>The bound only turns a hang into a failure; no test asserts on how fast anything is.</remarks>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(2);
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"Still waiting for {what} after two minutes.");
            }

            await Task.Delay(50, ct);
        }
    }

    /// <summary>Waits until the tenant's partition holds <paramref name="count"/> items, read from moto.</summary>
    public async Task<List<Dictionary<string, AttributeValue>>> WaitForItemsAsync(
        TenantId tenant,
        int count,
        CancellationToken ct)
    {
        using var dynamo = DirectDynamo();
        List<Dictionary<string, AttributeValue>> items = [];
        await EventuallyAsync(
            async () =>
            {
                items = await QueryTenantAsync(dynamo, tenant, ct);
                return items.Count >= count;
            },
            $"{count} item(s) of tenant {tenant}",
            ct);
        return items;
    }

    private async Task<List<Dictionary<string, AttributeValue>>> QueryTenantAsync(
        AmazonDynamoDBClient dynamo,
        TenantId tenant,
        CancellationToken ct)
    {
        var response = await dynamo.QueryAsync(
            new QueryRequest
            {
                TableName = Table,
                KeyConditionExpression = "PK = :pk",
                ExpressionAttributeValues = new() { [":pk"] = new AttributeValue($"USER#{tenant}") },
                ConsistentRead = true,
            },
            ct);
        return response.Items ?? [];
    }

    /// <summary>Adjusts the options before start; the default keeps the real resize function.</summary>
    protected virtual LocalCloudOptions Configure(LocalCloudOptions options) =>
        options with { FunctionHost = new FunctionHostSettings { RetryDelay = TimeSpan.FromMilliseconds(50) } };
}
