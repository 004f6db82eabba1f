namespace ImagePipeline.LocalCloud.Iam;

/// <summary>What a role session is issued for: the role, the session name, tags and lifetime.</summary>
/// <param name="RoleArn">The role to take a session of.</param>
/// <param name="SessionName">The session name: 2 to 64 characters of letters, digits and <c>=,.@-_</c>.</param>
/// <param name="Tags">Session tags, exposed as <c>aws:PrincipalTag/*</c>; null for none.</param>
/// <param name="TransitiveTagKeys">Tag keys to carry into sessions this session assumes; null for none.</param>
/// <param name="Duration">The session lifetime; null for one hour.</param>
/// <param name="SessionPolicyJson">A session policy that further limits the session, or null.</param>
public sealed record RoleSessionRequest(
    string RoleArn,
    string SessionName,
    IReadOnlyDictionary<string, string>? Tags = null,
    IReadOnlyList<string>? TransitiveTagKeys = null,
    TimeSpan? Duration = null,
    string? SessionPolicyJson = null);
