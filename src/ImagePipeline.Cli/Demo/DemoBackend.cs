using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.S3;
using ImagePipeline.Function.Configuration;
using ImagePipeline.Function.Processing;
using ImagePipeline.LocalCloud.Emulator;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.Cli.Demo;

/// <summary>The storage the demo runs on: a private moto server with a fresh bucket and table.</summary>
/// <remarks>The function talks straight to moto here; the steps are separate so a gateway can sit between.</remarks>
internal sealed class DemoBackend : IAsyncDisposable
{
    private readonly MotoServer _moto;

    private DemoBackend(MotoServer moto, FunctionOptions options, string bucket)
    {
        _moto = moto;
        Options = options;
        Bucket = bucket;
        var factory = new AwsClientFactory(options);
        S3 = factory.CreateS3(null);
        DynamoDb = factory.CreateDynamoDb(null);
    }

    /// <summary>The function's options: the table, the region and the emulator's endpoint.</summary>
    public FunctionOptions Options { get; }

    /// <summary>The bucket of originals and variants.</summary>
    public string Bucket { get; }

    /// <summary>An S3 client on the emulator.</summary>
    public IAmazonS3 S3 { get; }

    /// <summary>A DynamoDB client on the emulator.</summary>
    public IAmazonDynamoDB DynamoDb { get; }

    /// <summary>Starts moto and chooses unique bucket and table names.</summary>
    public static async Task<DemoBackend> StartAsync(ILogger logger, CancellationToken cancellationToken)
    {
        var moto = await MotoServer.StartAsync(logger, cancellationToken);
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var options = new FunctionOptions
        {
            TableName = "demo-images-" + suffix,
            Region = "us-east-1",
            EndpointUrl = moto.Endpoint,
            Credentials = new BasicAWSCredentials("demo", "demo"),
        };
        return new DemoBackend(moto, options, "demo-images-" + suffix);
    }

    /// <summary>Creates the bucket and the metadata table (<c>PK</c>/<c>SK</c> strings, on demand).</summary>
    public async Task ProvisionAsync(CancellationToken cancellationToken)
    {
        await S3.PutBucketAsync(Bucket, cancellationToken);
        await DynamoDb.CreateTableAsync(
            new CreateTableRequest
            {
                TableName = Options.TableName,
                BillingMode = BillingMode.PAY_PER_REQUEST,
                AttributeDefinitions =
                [
                    new AttributeDefinition(ImageItemAttributes.PartitionKey, ScalarAttributeType.S),
                    new AttributeDefinition(ImageItemAttributes.SortKey, ScalarAttributeType.S),
                ],
                KeySchema =
                [
                    new KeySchemaElement(ImageItemAttributes.PartitionKey, KeyType.HASH),
                    new KeySchemaElement(ImageItemAttributes.SortKey, KeyType.RANGE),
                ],
            },
            cancellationToken);
    }

    /// <summary>Disposes the clients and stops moto.</summary>
    public async ValueTask DisposeAsync()
    {
        S3.Dispose();
        DynamoDb.Dispose();
        await _moto.DisposeAsync();
    }
}
