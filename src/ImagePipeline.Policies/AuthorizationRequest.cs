namespace ImagePipeline.Policies;

/// <summary>One request to authorize: who asks, to do what, to which resource, in which context.</summary>
public sealed record AuthorizationRequest
{
    /// <summary>The caller: an IAM user or role ARN, an assumed-role session ARN, or a service name.</summary>
    public required string Principal { get; init; }

    /// <summary>The caller's account; when empty it is read from <see cref="Principal"/>.</summary>
    public string PrincipalAccount { get; init; } = string.Empty;

    /// <summary>The action, such as <c>s3:GetObject</c>; compared case-insensitively.</summary>
    public required string Action { get; init; }

    /// <summary>The resource ARN; compared case-sensitively.</summary>
    public required string Resource { get; init; }

    /// <summary>The resource's account; when empty it is read from the ARN, and an ARN without one
    /// (an S3 ARN) is taken to be in the caller's account.</summary>
    public string ResourceAccount { get; init; } = string.Empty;

    /// <summary>The request's condition keys.</summary>
    public RequestContext Context { get; init; } = new();

    /// <summary>The account field of an ARN, or an empty string when it has none.</summary>
    public static string AccountOf(string arn)
    {
        if (!arn.StartsWith("arn:", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var parts = arn.Split(':', 6);
        return parts.Length >= 5 ? parts[4] : string.Empty;
    }
}
