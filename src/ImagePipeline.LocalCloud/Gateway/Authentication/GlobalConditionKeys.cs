using System.Globalization;
using ImagePipeline.LocalCloud.Iam;

namespace ImagePipeline.LocalCloud.Gateway.Authentication;

/// <summary>The global condition keys AWS fills in for every request of an authenticated principal.</summary>
internal static class GlobalConditionKeys
{
    /// <summary>Builds the global keys of one request.</summary>
    /// <param name="caller">The authenticated credential.</param>
    /// <param name="sourceIp">The caller's address.</param>
    /// <param name="secureTransport">Whether the request came over TLS.</param>
    /// <param name="region">The region the request was signed for.</param>
    /// <param name="now">The request time.</param>
    public static Dictionary<string, IReadOnlyList<string>> For(
        IamCredential caller,
        string? sourceIp,
        bool secureTransport,
        string region,
        DateTimeOffset now)
    {
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["aws:PrincipalArn"] = [caller.PolicyHolderArn],
            ["aws:PrincipalAccount"] = [caller.Account],
            ["aws:PrincipalType"] = [caller.IsSession ? "AssumedRole" : "User"],
            ["aws:userid"] = [caller.UserId],
            ["aws:SecureTransport"] = [secureTransport ? "true" : "false"],
            ["aws:CurrentTime"] = [Iso(now)],
            ["aws:EpochTime"] = [now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)],
            ["aws:RequestedRegion"] = [region],
            ["aws:ViaAWSService"] = ["false"],
        };
        if (sourceIp is not null)
        {
            keys["aws:SourceIp"] = [sourceIp];
        }

        if (caller.IsSession)
        {
            keys["aws:TokenIssueTime"] = [Iso(caller.IssuedAt)];
        }
        else
        {
            keys["aws:username"] = [caller.PrincipalArn[(caller.PrincipalArn.LastIndexOf('/') + 1)..]];
        }

        foreach (var (tag, value) in caller.SessionTags)
        {
            keys["aws:PrincipalTag/" + tag] = [value];
        }

        return keys;
    }

    private static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
