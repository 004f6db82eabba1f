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
    public static string AccountOf(string arn) => AccountSpan(arn).ToString();

    /// <summary>The account field of an ARN without allocating; empty when it has none.</summary>
    internal static ReadOnlySpan<char> AccountSpan(string arn)
    {
        if (!arn.StartsWith("arn:", StringComparison.Ordinal))
        {
            return default;
        }

        var span = arn.AsSpan();
        var start = 0;
        for (var field = 0; field < 4; field++)
        {
            var colon = span[start..].IndexOf(':');
            if (colon < 0)
            {
                return default;
            }

            start += colon + 1;
        }

        var end = span[start..].IndexOf(':');
        return end < 0 ? default : span.Slice(start, end);
    }
}
