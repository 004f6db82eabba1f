namespace ImagePipeline.Policies;

/// <summary>Where a policy is attached, which decides the elements it may and must carry.</summary>
public enum PolicyKind
{
    /// <summary>An identity-based policy: no <c>Principal</c>, a <c>Resource</c> is required.</summary>
    Identity,

    /// <summary>A resource-based policy (a bucket policy): <c>Principal</c> and <c>Resource</c> required.</summary>
    Resource,

    /// <summary>A role's trust policy: <c>Principal</c> is required and <c>Resource</c> is not allowed.</summary>
    Trust,

    /// <summary>A permissions boundary: shaped like an identity policy, it caps what identity policies grant.</summary>
    PermissionsBoundary,

    /// <summary>A session policy passed to <c>AssumeRole</c>: identity-shaped, it caps the session.</summary>
    Session,
}
