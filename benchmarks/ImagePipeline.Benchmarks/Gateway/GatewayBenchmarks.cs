using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImagePipeline.LocalCloud.Emulator;
using ImagePipeline.LocalCloud.Gateway;
using ImagePipeline.LocalCloud.Iam;
using ImagePipeline.LocalCloud.Provisioning;

namespace ImagePipeline.Benchmarks.Gateway;

/// <summary>PutObject (64 KiB), GetObject and GetItem through the gateway against straight to moto.</summary>
/// <remarks>
/// Both sides use the real SDK at its default settings (signed aws-chunked uploads with CRC32 trailers);
/// the gateway side runs as a tenant session under the tenant user policy, so every call is authenticated,
/// classified, evaluated and re-signed. In each category the direct call is the baseline: the ratio is the
/// gateway's time over the direct time, and its inverse is the share of direct throughput the gateway keeps.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class GatewayBenchmarks
{
    private const string Tenant = "alice";
    private const string Key = "originals/alice/bench.bin";
    private readonly byte[] _payload = new byte[64 * 1024];
    private MotoServer _moto = null!;
    private LocalGateway _gateway = null!;
    private AmazonS3Client _directS3 = null!;
    private AmazonS3Client _gatewayS3 = null!;
    private AmazonDynamoDBClient _directDynamo = null!;
    private AmazonDynamoDBClient _gatewayDynamo = null!;
    private string _bucket = string.Empty;
    private string _table = string.Empty;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _directS3.Dispose();
        _gatewayS3.Dispose();
        _directDynamo.Dispose();
        _gatewayDynamo.Dispose();
        _gateway.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _moto.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "direct")]
    [BenchmarkCategory("PutObject 64 KiB")]
    public Task<PutObjectResponse> PutDirect() => Put(_directS3);

    [Benchmark(Description = "gateway")]
    [BenchmarkCategory("PutObject 64 KiB")]
    public Task<PutObjectResponse> PutGateway() => Put(_gatewayS3);

    [Benchmark(Baseline = true, Description = "direct")]
    [BenchmarkCategory("GetObject 64 KiB")]
    public Task<long> GetDirect() => Get(_directS3);

    [Benchmark(Description = "gateway")]
    [BenchmarkCategory("GetObject 64 KiB")]
    public Task<long> GetGateway() => Get(_gatewayS3);

    [Benchmark(Baseline = true, Description = "direct")]
    [BenchmarkCategory("GetItem")]
    public Task<GetItemResponse> GetItemDirect() => GetItem(_directDynamo);

    [Benchmark(Description = "gateway")]
    [BenchmarkCategory("GetItem")]
    public Task<GetItemResponse> GetItemGateway() => GetItem(_gatewayDynamo);

    private Task<PutObjectResponse> Put(AmazonS3Client s3) =>
        s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = _bucket, Key = Key, InputStream = new MemoryStream(_payload),
        });

    private async Task<long> Get(AmazonS3Client s3)
    {
        using var response = await s3.GetObjectAsync(_bucket, Key);
        var buffer = new byte[16 * 1024];
        long total = 0;
        int read;
        while ((read = await response.ResponseStream.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    private Task<GetItemResponse> GetItem(AmazonDynamoDBClient dynamo) => dynamo.GetItemAsync(new GetItemRequest
    {
        TableName = _table,
        Key = new() { ["PK"] = new($"USER#{Tenant}"), ["SK"] = new("IMAGE#bench") },
    });

    private async Task SetupAsync()
    {
        Random.Shared.NextBytes(_payload);
        _moto = await MotoServer.StartAsync();
        _bucket = "bench-" + Guid.NewGuid().ToString("N")[..10];
        _table = "bench-" + Guid.NewGuid().ToString("N")[..10];
        var direct = new BasicAWSCredentials("test", "test");
        var endpoint = _moto.Endpoint.ToString();
        _directS3 = new AmazonS3Client(direct, new AmazonS3Config { ServiceURL = endpoint, ForcePathStyle = true });
        _directDynamo = new AmazonDynamoDBClient(direct, new AmazonDynamoDBConfig { ServiceURL = endpoint });
        await _directS3.PutBucketAsync(_bucket);
        await _directDynamo.CreateTableAsync(BackendProvisioner.MetadataTableRequest(_table));
        await _directDynamo.PutItemAsync(new PutItemRequest
        {
            TableName = _table,
            Item = new() { ["PK"] = new($"USER#{Tenant}"), ["SK"] = new("IMAGE#bench"), ["Status"] = new("Done") },
        });

        var session = await StartGatewayAsync();
        var credentials = new SessionAWSCredentials(session.AccessKeyId, session.SecretAccessKey, session.SessionToken);
        _gatewayS3 = new AmazonS3Client(
            credentials, new AmazonS3Config { ServiceURL = _gateway.Endpoint.ToString(), ForcePathStyle = true });
        _gatewayDynamo = new AmazonDynamoDBClient(
            credentials, new AmazonDynamoDBConfig { ServiceURL = _gateway.Endpoint.ToString() });
        await Put(_directS3);
    }

    private async Task<IamCredential> StartGatewayAsync()
    {
        var registry = new IamRegistry();
        var roleArn = $"arn:aws:iam::{registry.Account}:role/tenant-user";
        var policy = new NamedPolicy("tenant-user", BenchmarkPolicies.User(_bucket, _table));
        registry.PutRole(new IamRole(roleArn, BenchmarkPolicies.Trust, [policy]));
        _gateway = await LocalGateway.StartAsync(
            new LocalGatewayOptions { BackendEndpoint = _moto.Endpoint, Registry = registry });
        return _gateway.Sessions.IssueRoleSession(new RoleSessionRequest(
            roleArn, "bench", new Dictionary<string, string> { ["UserID"] = Tenant }));
    }
}
