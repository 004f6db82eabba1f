namespace ImagePipeline.LocalCloud.Iam;

/// <summary>One authorization check: a caller, an IAM action on a resource, and the request's condition keys.</summary>
/// <param name="Caller">The authenticated credential; its user or role supplies the identity policies.</param>
/// <param name="Action">The IAM action, for example <c>s3:GetObject</c>.</param>
/// <param name="Resource">The resource ARN.</param>
/// <param name="ResourcePolicy">The resource's policy (a bucket policy or a role's trust policy), or null.</param>
/// <param name="Context">Every condition key of the request, global keys included; multi-valued keys allowed.</param>
public sealed record AccessQuery(
    IamCredential Caller,
    string Action,
    string Resource,
    NamedPolicy? ResourcePolicy,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Context);
