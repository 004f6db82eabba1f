namespace ImagePipeline.Policies.Templates;

/// <summary>An IAM role of the template, with its policies resolved for one set of parameters.</summary>
/// <param name="LogicalId">The role's logical id in the template.</param>
/// <param name="RoleName">The role name.</param>
/// <param name="Arn">The role ARN.</param>
/// <param name="TrustPolicy">The trust policy (<c>AssumeRolePolicyDocument</c>).</param>
/// <param name="IdentityPolicies">Inline policies and <c>AWS::IAM::Policy</c> resources attached to it.</param>
/// <param name="PermissionsBoundaryArn">The permissions boundary's ARN, or null when it has none.</param>
public sealed record ResolvedRole(
    string LogicalId,
    string RoleName,
    string Arn,
    PolicyDocument TrustPolicy,
    IReadOnlyList<PolicyDocument> IdentityPolicies,
    string? PermissionsBoundaryArn)
{
    /// <summary>The ARN of a session of this role: <c>arn:...:sts::ACCOUNT:assumed-role/NAME/SESSION</c>.</summary>
    public string SessionArn(string sessionName)
    {
        var parts = Arn.Split(':', 6);
        return $"arn:{parts[1]}:sts::{parts[4]}:assumed-role/{RoleName}/{sessionName}";
    }
}
