namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>One IAM check a request needs: an action on a resource, with the request's service-specific keys.</summary>
/// <param name="Action">The IAM action, for example <c>s3:PutObject</c>.</param>
/// <param name="Resource">The resource ARN.</param>
/// <param name="Context">Service-specific condition keys (<c>s3:prefix</c>, <c>dynamodb:LeadingKeys</c>, ...).</param>
/// <param name="Bucket">The bucket whose policy applies, for S3 checks; null otherwise.</param>
internal sealed record AccessCheck(
    string Action,
    string Resource,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Context,
    string? Bucket = null)
{
    /// <summary>An empty set of service-specific keys.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoKeys =
        new Dictionary<string, IReadOnlyList<string>>();
}
