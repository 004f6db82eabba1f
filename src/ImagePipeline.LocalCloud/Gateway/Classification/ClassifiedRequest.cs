namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>What a request is in IAM terms: its operation and every check it must pass.</summary>
/// <param name="Service">The service addressed.</param>
/// <param name="Operation">The API operation, for example <c>PutObject</c>; CloudTrail's event name.</param>
/// <param name="Checks">The checks, all of which must allow; never empty.</param>
internal sealed record ClassifiedRequest(AwsService Service, string Operation, IReadOnlyList<AccessCheck> Checks)
{
    /// <summary>The S3 bucket addressed, when there is one.</summary>
    public string? Bucket { get; init; }

    /// <summary>The S3 object key addressed (decoded), when there is one.</summary>
    public string? Key { get; init; }

    /// <summary>The S3 event name a success produces (<c>ObjectCreated:Put</c>, ...), or null.</summary>
    public string? ObjectCreatedEvent { get; init; }
}
