namespace ImagePipeline.LocalCloud.Iam;

/// <summary>A role the gateway enforces: who may assume it and what its sessions may do.</summary>
/// <param name="Arn">The role ARN, for example <c>arn:aws:iam::123456789012:role/tenant-user</c>.</param>
/// <param name="TrustPolicyJson">The trust policy document, as deployed.</param>
/// <param name="IdentityPolicies">The role's identity-based policies, inline and managed alike.</param>
/// <param name="PermissionsBoundaryJson">The permissions boundary document, or null when the role has none.</param>
/// <param name="MaxSessionDuration">The longest session <c>AssumeRole</c> may grant; AWS's default is one hour.</param>
public sealed record IamRole(
    string Arn,
    string TrustPolicyJson,
    IReadOnlyList<NamedPolicy> IdentityPolicies,
    string? PermissionsBoundaryJson = null,
    TimeSpan? MaxSessionDuration = null)
{
    /// <summary>The role's name: the last segment of its ARN's path.</summary>
    public string Name => Arn[(Arn.LastIndexOf('/') + 1)..];

    /// <summary>The account that owns the role, read from its ARN.</summary>
    public string Account => IamArns.AccountOf(Arn);

    /// <summary>The role's unique id, stable for the role's ARN, shaped like AWS's <c>AROA...</c> ids.</summary>
    public string RoleId => IamArns.StableId("AROA", Arn);
}
