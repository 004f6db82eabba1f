using System.Collections.Concurrent;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using ImagePipeline.LocalCloud.Audit;
using ImagePipeline.LocalCloud.Emulator;
using ImagePipeline.LocalCloud.Gateway;
using ImagePipeline.LocalCloud.Iam;
using ImagePipeline.LocalCloud.Provisioning;


namespace ImagePipeline.IntegrationTests.Gateway;

/// <summary>One moto server and one gateway for the gateway suites; each test takes its own bucket and table.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    private MotoServer? _moto;
    private FileAuditSink? _audit;

    public LocalGateway Gateway { get; private set; } = null!;

    public Uri BackendEndpoint => _moto!.Endpoint;

    public string AuditPath { get; } = Path.Combine(Path.GetTempPath(), $"gateway-audit-{Guid.NewGuid():N}.jsonl");

    public ConcurrentQueue<ObjectCreatedEvent> Created { get; } = new();

    public IamCredential Broker { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _moto = await MotoServer.StartAsync();
        _audit = new FileAuditSink(AuditPath);
        var registry = new IamRegistry(TenantPolicies.Account);
        registry.PutUser(new IamUser(TenantPolicies.BrokerArn, []));
        Broker = registry.IssueAccessKey(TenantPolicies.BrokerArn);
        Gateway = await LocalGateway.StartAsync(new LocalGatewayOptions
        {
            BackendEndpoint = _moto.Endpoint,
            Registry = registry,
            AuditSink = _audit,
            OnObjectCreated = (created, _) =>
            {
                Created.Enqueue(created);
                return ValueTask.CompletedTask;
            },
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }

        if (_moto is not null)
        {
            await _moto.DisposeAsync();
        }

        _audit?.Dispose();
        File.Delete(AuditPath);
    }

    /// <summary>Creates a bucket and a table straight on the backend and loads the tenant roles for them.</summary>
    public async Task<(string Bucket, string Table)> ProvisionAsync(CancellationToken ct)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var bucket = "gw-" + suffix;
        var table = "gw-" + suffix;
        using (var s3 = new AmazonS3Client(new BasicAWSCredentials("test", "test"), DirectS3Config()))
        {
            await s3.PutBucketAsync(bucket, ct);
        }

        using (var dynamo = new AmazonDynamoDBClient(new BasicAWSCredentials("test", "test"), DirectDynamoConfig()))
        {
            await dynamo.CreateTableAsync(BackendProvisioner.MetadataTableRequest(table), ct);
        }

        LoadRoles(bucket, table);
        return (bucket, table);
    }

    /// <summary>Replaces the tenant roles with ones scoped to the given bucket and table.</summary>
    public void LoadRoles(string bucket, string table)
    {
        var registry = Gateway.Registry;
        registry.PutRole(new IamRole(
            TenantPolicies.UserRoleArn,
            TenantPolicies.TenantTrust(TenantPolicies.BrokerArn),
            [new NamedPolicy("tenant-user", TenantPolicies.UserPolicy(bucket, table))]));
        registry.PutRole(new IamRole(
            TenantPolicies.ProcessorRoleArn,
            TenantPolicies.TenantTrust(TenantPolicies.ExecutionRoleArn),
            [new NamedPolicy("tenant-processor", TenantPolicies.ProcessorPolicy(bucket, table))]));
        registry.PutRole(new IamRole(
            TenantPolicies.ExecutionRoleArn,
            TenantPolicies.LambdaTrust,
            [new NamedPolicy("function-execution", TenantPolicies.ExecutionPolicy)]));
    }

    /// <summary>A tenant user session, issued through the gateway's STS by the broker with the real SDK.</summary>
    public async Task<SessionAWSCredentials> TenantUserAsync(string tenant, CancellationToken ct)
    {
        var response = await BrokerAssumesUserRoleAsync(
            "user-" + tenant, [new Amazon.SecurityToken.Model.Tag { Key = "UserID", Value = tenant }], ct);
        var c = response.Credentials;
        return new SessionAWSCredentials(c.AccessKeyId, c.SecretAccessKey, c.SessionToken);
    }

    /// <summary>The broker calls the gateway's STS <c>AssumeRole</c> on the tenant user role with these tags.</summary>
    public async Task<AssumeRoleResponse> BrokerAssumesUserRoleAsync(
        string sessionName,
        List<Amazon.SecurityToken.Model.Tag> tags,
        CancellationToken ct)
    {
        using var sts = StsClient(new BasicAWSCredentials(Broker.AccessKeyId, Broker.SecretAccessKey));
        return await sts.AssumeRoleAsync(
            new AssumeRoleRequest { RoleArn = TenantPolicies.UserRoleArn, RoleSessionName = sessionName, Tags = tags },
            ct);
    }

    /// <summary>A tenant processor session: the execution role assumes the processor role with a tag.</summary>
    public async Task<SessionAWSCredentials> TenantProcessorAsync(string tenant, CancellationToken ct)
    {
        var execution = Gateway.Sessions.IssueRoleSession(
            new RoleSessionRequest(TenantPolicies.ExecutionRoleArn, "resize-function"));
        using var sts = StsClient(
            new SessionAWSCredentials(execution.AccessKeyId, execution.SecretAccessKey, execution.SessionToken));
        var response = await sts.AssumeRoleAsync(
            new AssumeRoleRequest
            {
                RoleArn = TenantPolicies.ProcessorRoleArn,
                RoleSessionName = "tenant-" + tenant,
                Tags = [new Amazon.SecurityToken.Model.Tag { Key = "UserID", Value = tenant }],
            },
            ct);
        var c = response.Credentials;
        return new SessionAWSCredentials(c.AccessKeyId, c.SecretAccessKey, c.SessionToken);
    }

    public AmazonS3Client S3(AWSCredentials credentials) =>
        new(credentials, new AmazonS3Config { ServiceURL = Gateway.Endpoint.ToString(), ForcePathStyle = true });

    public AmazonDynamoDBClient Dynamo(AWSCredentials credentials) =>
        new(credentials, new AmazonDynamoDBConfig { ServiceURL = Gateway.Endpoint.ToString() });

    public AmazonSecurityTokenServiceClient StsClient(AWSCredentials credentials) =>
        new(credentials, new AmazonSecurityTokenServiceConfig { ServiceURL = Gateway.Endpoint.ToString() });

    public AmazonS3Config DirectS3Config() => new() { ServiceURL = BackendEndpoint.ToString(), ForcePathStyle = true };

    public AmazonDynamoDBConfig DirectDynamoConfig() => new() { ServiceURL = BackendEndpoint.ToString() };
}
