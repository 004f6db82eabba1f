namespace ImagePipeline.LocalCloud.Iam;

/// <summary>The identity-side policies of one principal.</summary>
/// <param name="IdentityPolicies">The identity-based policies of its user or role.</param>
/// <param name="PermissionsBoundaryJson">Its permissions boundary, or null.</param>
public sealed record PrincipalPolicies(IReadOnlyList<NamedPolicy> IdentityPolicies, string? PermissionsBoundaryJson);
