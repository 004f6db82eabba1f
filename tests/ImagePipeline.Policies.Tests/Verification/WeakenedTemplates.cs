using ImagePipeline.Policies.Verification;

namespace ImagePipeline.Policies.Tests.Verification;

/// <summary>Edits of the real template that each fall into one trap, with the counterexample each must yield.</summary>
internal static class WeakenedTemplates
{
    public static IReadOnlyDictionary<string, (Func<string, string> Weaken, Predicate<CheckResult> Expected)>
        All { get; } =
        new Dictionary<string, (Func<string, string>, Predicate<CheckResult>)>
        {
            ["missing /* after the tenant folder"] = (
                t => Replace(t, "originals/${!aws:PrincipalTag/UserID}/*", "originals/${!aws:PrincipalTag/UserID}*"),
                r => r.Check.Action == "s3:GetObject"
                    && r.Check.Resource.EndsWith("/originals/alice2/photo.jpg", StringComparison.Ordinal)
                    && r.Check.Principal.Tenant == "alice"),
            ["alice matches alice2 in s3:prefix"] = (
                t => Replace(
                    t,
                    "\"originals/${aws:PrincipalTag/UserID}/*\"",
                    "\"originals/${aws:PrincipalTag/UserID}*\""),
                r => r.Check.Action == "s3:ListBucket"
                    && Prefix(r) == "originals/alice2/"
                    && r.Check.Principal.Tenant == "alice"),
            ["ListBucket without s3:prefix"] = (
                t => Remove(
                    t,
                    """
                                    Condition:
                                      StringLike:
                                        s3:prefix:
                                          - "originals/${aws:PrincipalTag/UserID}/*"
                                          - "processed/${aws:PrincipalTag/UserID}/*"
                                      "Null":
                                        s3:prefix: "false"

                    """),
                r => r.Check.Action == "s3:ListBucket" && Prefix(r) is null && r.Check.Principal.Kind == "tenant user"),
            ["ForAllValues on an empty key set"] = (
                t => Remove(
                    Replace(
                        t,
                        "                  - dynamodb:Query\n",
                        "                  - dynamodb:Query\n"
                        + "                  - dynamodb:Scan\n"),
                    """
                                      "Null":
                                        dynamodb:LeadingKeys: "false"

                    """),
                r => r.Check.Action == "dynamodb:Scan" && r.Check.Principal.Kind == "tenant user"),
            ["callers tag their own sessions"] = (
                t => Replace(t, "              AWS: !Ref BrokerPrincipalArn", "              AWS: \"*\""),
                r => r.Check.Action == "sts:TagSession" && r.Check.Principal.Kind == "tenant user"),
            ["TLS not required"] = (
                t => Replace(t, "aws:SecureTransport: \"false\"", "aws:SecureTransport: \"never\""),
                r => r.Check.Category == CheckCategory.Transport),
        };

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static string Remove(string text, string block)
    {
        Assert.Contains(block, text, StringComparison.Ordinal);
        return text.Replace(block, "\n", StringComparison.Ordinal);
    }

    private static string? Prefix(CheckResult result) =>
        result.Check.Context.TryGetValues("s3:prefix", out var values) ? values[0] : null;
}
