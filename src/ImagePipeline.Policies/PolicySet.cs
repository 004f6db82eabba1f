namespace ImagePipeline.Policies;

/// <summary>Every policy that bears on a request: identity, resource, permissions boundary and session.</summary>
public sealed record PolicySet
{
    /// <summary>The caller's identity-based policies.</summary>
    public IReadOnlyList<PolicyDocument> IdentityPolicies { get; init; } = [];

    /// <summary>The resource's policy (a bucket policy, or a role's trust policy for STS calls), if any.</summary>
    public PolicyDocument? ResourcePolicy { get; init; }

    /// <summary>The caller's permissions boundary, if any.</summary>
    public PolicyDocument? PermissionsBoundary { get; init; }

    /// <summary>The session policies passed when the session was created; empty when none were.</summary>
    public IReadOnlyList<PolicyDocument> SessionPolicies { get; init; } = [];

    /// <summary>Compiles the set once so it can evaluate many requests quickly.</summary>
    public PolicyEvaluator Compile() => PolicyEvaluator.Compile(this);
}
