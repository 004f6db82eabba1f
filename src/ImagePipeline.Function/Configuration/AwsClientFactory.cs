using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SecurityToken;

namespace ImagePipeline.Function.Configuration;

/// <summary>Creates the S3, DynamoDB and STS clients the options describe, whatever backend is behind them.</summary>
public sealed class AwsClientFactory
{
    private readonly FunctionOptions _options;

    /// <summary>Creates a factory for the given options.</summary>
    public AwsClientFactory(FunctionOptions options) => _options = options;

    /// <summary>Creates an S3 client; path-style addressing is used whenever an endpoint is configured.</summary>
    public IAmazonS3 CreateS3(AWSCredentials? credentials)
    {
        var config = Configure(new AmazonS3Config());
        config.ForcePathStyle = _options.EndpointUrl is not null;
        return (credentials ?? _options.Credentials) is { } explicitCredentials
            ? new AmazonS3Client(explicitCredentials, config)
            : new AmazonS3Client(config);
    }

    /// <summary>Creates a DynamoDB client.</summary>
    public IAmazonDynamoDB CreateDynamoDb(AWSCredentials? credentials)
    {
        var config = Configure(new AmazonDynamoDBConfig());
        return (credentials ?? _options.Credentials) is { } explicitCredentials
            ? new AmazonDynamoDBClient(explicitCredentials, config)
            : new AmazonDynamoDBClient(config);
    }

    /// <summary>Creates an STS client with the function's own credentials.</summary>
    public IAmazonSecurityTokenService CreateSts()
    {
        var config = Configure(new AmazonSecurityTokenServiceConfig());
        return _options.Credentials is { } explicitCredentials
            ? new AmazonSecurityTokenServiceClient(explicitCredentials, config)
            : new AmazonSecurityTokenServiceClient(config);
    }

    private T Configure<T>(T config)
        where T : ClientConfig
    {
        if (_options.EndpointUrl is { } endpoint)
        {
            config.ServiceURL = endpoint.ToString();
            config.AuthenticationRegion = _options.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(_options.Region);
        }

        return config;
    }
}
