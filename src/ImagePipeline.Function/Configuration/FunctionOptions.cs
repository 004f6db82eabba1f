using Amazon.Runtime;

namespace ImagePipeline.Function.Configuration;

/// <summary>Everything the function reads from its environment, validated once at start-up.</summary>
public sealed record FunctionOptions
{
    /// <summary>The variable naming the metadata table.</summary>
    public const string TableVariable = "IMAGEPIPELINE_TABLE";

    /// <summary>The variable naming the tenant processor role; when set, every tenant gets its own session.</summary>
    public const string ProcessorRoleVariable = "IMAGEPIPELINE_PROCESSOR_ROLE_ARN";

    /// <summary>The variable naming the endpoint of S3, DynamoDB and STS when they are not AWS's.</summary>
    public const string EndpointVariable = "IMAGEPIPELINE_ENDPOINT_URL";

    /// <summary>The variable naming the image engine.</summary>
    public const string EngineVariable = ImagePipeline.Core.Imaging.ImageEngines.EnvironmentVariable;

    /// <summary>The standard variable naming the region.</summary>
    public const string RegionVariable = "AWS_REGION";

    /// <summary>The metadata table's name.</summary>
    public required string TableName { get; init; }

    /// <summary>The region every client signs for.</summary>
    public required string Region { get; init; }

    /// <summary>The tenant processor role; null when the function uses its own credentials for every tenant.</summary>
    public string? ProcessorRoleArn { get; init; }

    /// <summary>The endpoint of S3, DynamoDB and STS; null for AWS itself.</summary>
    public Uri? EndpointUrl { get; init; }

    /// <summary>The image engine's name; null for the default engine.</summary>
    public string? EngineName { get; init; }

    /// <summary>The credentials of the function itself; null for the SDK's default chain.</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>Whether every tenant gets its own STS session on the processor role.</summary>
    public bool UsesTenantSessions => ProcessorRoleArn is not null;

    /// <summary>Reads and validates the options, reporting every problem at once.</summary>
    /// <param name="getVariable">Reads a variable; the process environment when null.</param>
    /// <exception cref="FunctionConfigurationException">A variable is missing or invalid.</exception>
    public static FunctionOptions FromEnvironment(Func<string, string?>? getVariable = null) =>
        FunctionOptionsReader.Read(getVariable ?? Environment.GetEnvironmentVariable);
}
