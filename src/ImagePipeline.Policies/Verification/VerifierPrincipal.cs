namespace ImagePipeline.Policies.Verification;

/// <summary>A caller the verifier impersonates: a role session with its tags and policies.</summary>
/// <param name="Kind">What sort of caller it is, such as <c>tenant user</c>; the rows of the matrix.</param>
/// <param name="Arn">The caller's ARN.</param>
/// <param name="Tenant">The tenant whose resources the caller owns, or null when it owns none.</param>
/// <param name="IdentityPolicies">The caller's identity-based policies.</param>
/// <param name="PermissionsBoundary">The caller's permissions boundary, if known.</param>
/// <param name="Context">The condition keys every request of this caller carries.</param>
public sealed record VerifierPrincipal(
    string Kind,
    string Arn,
    string? Tenant,
    IReadOnlyList<PolicyDocument> IdentityPolicies,
    PolicyDocument? PermissionsBoundary,
    RequestContext Context);
