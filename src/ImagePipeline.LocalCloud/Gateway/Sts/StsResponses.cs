using System.Globalization;
using System.Security;
using ImagePipeline.LocalCloud.Iam;

namespace ImagePipeline.LocalCloud.Gateway.Sts;

/// <summary>The XML bodies STS answers <c>AssumeRole</c> and <c>GetCallerIdentity</c> with.</summary>
internal static class StsResponses
{
    private const string Namespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    /// <summary>The <c>AssumeRoleResponse</c> for newly issued session credentials.</summary>
    public static string AssumeRole(IamCredential session, string requestId) =>
        $"<AssumeRoleResponse xmlns=\"{Namespace}\"><AssumeRoleResult>" +
        $"<AssumedRoleUser><AssumedRoleId>{X(session.UserId)}</AssumedRoleId>" +
        $"<Arn>{X(session.PrincipalArn)}</Arn></AssumedRoleUser>" +
        $"<Credentials><AccessKeyId>{X(session.AccessKeyId)}</AccessKeyId>" +
        $"<SecretAccessKey>{X(session.SecretAccessKey)}</SecretAccessKey>" +
        $"<SessionToken>{X(session.SessionToken!)}</SessionToken>" +
        $"<Expiration>{Iso(session.Expiration!.Value)}</Expiration></Credentials>" +
        $"<PackedPolicySize>{PackedSize(session)}</PackedPolicySize>" +
        $"</AssumeRoleResult><ResponseMetadata><RequestId>{X(requestId)}</RequestId></ResponseMetadata>" +
        "</AssumeRoleResponse>";

    /// <summary>The <c>GetCallerIdentityResponse</c> for the caller.</summary>
    public static string GetCallerIdentity(IamCredential caller, string requestId) =>
        $"<GetCallerIdentityResponse xmlns=\"{Namespace}\"><GetCallerIdentityResult>" +
        $"<Arn>{X(caller.PrincipalArn)}</Arn><UserId>{X(caller.UserId)}</UserId>" +
        $"<Account>{X(caller.Account)}</Account></GetCallerIdentityResult>" +
        $"<ResponseMetadata><RequestId>{X(requestId)}</RequestId></ResponseMetadata></GetCallerIdentityResponse>";

    // STS reports how full the packed session policy and tags are, as a percentage of its limit.
    private static int PackedSize(IamCredential session) =>
        Math.Min(100, session.SessionTags.Sum(tag => tag.Key.Length + tag.Value.Length) * 100 / 2048);

    private static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string X(string text) => SecurityElement.Escape(text);
}
