namespace ImagePipeline.LocalCloud.Iam;

/// <summary>A key pair the gateway accepts, and everything it says about the caller who signs with it.</summary>
/// <param name="AccessKeyId">The access key id (<c>AKIA...</c> for users, <c>ASIA...</c> for sessions).</param>
/// <param name="SecretAccessKey">The secret that signs requests.</param>
/// <param name="SessionToken">The session token a temporary credential must present, or null.</param>
/// <param name="PrincipalArn">The caller's ARN: a user ARN or an <c>assumed-role</c> session ARN.</param>
/// <param name="PolicyHolderArn">The user or role whose policies apply (<c>aws:PrincipalArn</c>).</param>
/// <param name="Account">The caller's account.</param>
/// <param name="UserId">The value of <c>aws:userid</c>: the user id, or <c>ROLEID:session-name</c>.</param>
/// <param name="SessionTags">Session (or user) tags, exposed as <c>aws:PrincipalTag/*</c>.</param>
/// <param name="TransitiveTagKeys">Tag keys carried into sessions this session assumes.</param>
/// <param name="Expiration">When a temporary credential expires, or null for a long-term key.</param>
/// <param name="IssuedAt">When the credential was issued (<c>aws:TokenIssueTime</c> for sessions).</param>
/// <param name="SessionPolicyJson">The session policy passed to <c>AssumeRole</c>, or null.</param>
public sealed record IamCredential(
    string AccessKeyId,
    string SecretAccessKey,
    string? SessionToken,
    string PrincipalArn,
    string PolicyHolderArn,
    string Account,
    string UserId,
    IReadOnlyDictionary<string, string> SessionTags,
    IReadOnlyList<string> TransitiveTagKeys,
    DateTimeOffset? Expiration,
    DateTimeOffset IssuedAt,
    string? SessionPolicyJson = null)
{
    /// <summary>Whether this is a temporary session credential rather than a user's long-term key.</summary>
    public bool IsSession => SessionToken is not null;

    /// <summary>Whether the credential has expired at the given time.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => Expiration is { } expiry && now >= expiry;
}
