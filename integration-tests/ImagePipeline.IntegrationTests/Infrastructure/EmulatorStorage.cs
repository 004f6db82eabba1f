using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using ImagePipeline.Function.Configuration;
using ImagePipeline.LocalCloud.Provisioning;

namespace ImagePipeline.IntegrationTests.Infrastructure;

/// <summary>A fresh bucket and metadata table on the shared emulator, with clients that may do anything.</summary>
public sealed class EmulatorStorage : IDisposable
{
    private EmulatorStorage(FunctionOptions options, string bucket)
    {
        Options = options;
        Bucket = bucket;
        var factory = new AwsClientFactory(options);
        S3 = factory.CreateS3(null);
        DynamoDb = factory.CreateDynamoDb(null);
    }

    public FunctionOptions Options { get; }

    public string Bucket { get; }

    public IAmazonS3 S3 { get; }

    public IAmazonDynamoDB DynamoDb { get; }

    /// <summary>Creates a uniquely named bucket and table on the emulator.</summary>
    public static async Task<EmulatorStorage> CreateAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var options = new FunctionOptions
        {
            TableName = "images-" + suffix,
            Region = "us-east-1",
            EndpointUrl = endpoint,
            Credentials = new BasicAWSCredentials("test", "test"),
        };
        var storage = new EmulatorStorage(options, "images-" + suffix);
        await storage.S3.PutBucketAsync(storage.Bucket, cancellationToken);
        await storage.DynamoDb.CreateTableAsync(
            BackendProvisioner.MetadataTableRequest(options.TableName),
            cancellationToken);
        return storage;
    }

    /// <summary>Every item of the table.</summary>
    public async Task<List<Dictionary<string, AttributeValue>>> ScanAsync(CancellationToken cancellationToken)
    {
        var response = await DynamoDb.ScanAsync(new ScanRequest { TableName = Options.TableName }, cancellationToken);
        return response.Items ?? [];
    }

    /// <summary>Every key under a prefix.</summary>
    public async Task<List<S3Object>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        var response = await S3.ListObjectsV2Async(
            new ListObjectsV2Request { BucketName = Bucket, Prefix = prefix }, cancellationToken);
        return response.S3Objects ?? [];
    }

    /// <summary>An object's bytes and content type.</summary>
    public async Task<(byte[] Content, string ContentType)> GetAsync(string key, CancellationToken cancellationToken)
    {
        using var response = await S3.GetObjectAsync(Bucket, key, cancellationToken);
        using var buffer = new MemoryStream();
        await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
        return (buffer.ToArray(), response.Headers.ContentType);
    }

    public void Dispose()
    {
        S3.Dispose();
        DynamoDb.Dispose();
    }
}
