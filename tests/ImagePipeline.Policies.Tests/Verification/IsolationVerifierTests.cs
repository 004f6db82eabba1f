using ImagePipeline.Policies.Verification;

namespace ImagePipeline.Policies.Tests.Verification;

public class IsolationVerifierTests
{
    [Fact]
    public void Verify_ProjectTemplate_EveryCheckPasses()
    {
        var sut = IsolationVerifier.Verify(TestTemplate.Resolve());

        Assert.True(
            sut.Passed,
            string.Join(Environment.NewLine, sut.Counterexamples.Take(20).Select(Describe)));
    }

    [Fact]
    public void Verify_ProjectTemplate_CoversEveryPrincipalKindAndCategory()
    {
        var sut = IsolationVerifier.Verify(TestTemplate.Resolve());

        Assert.Superset(
            new HashSet<string>
            {
                "tenant user", "tenant processor", "function execution", "broker",
                "untagged user session", "untagged processor session",
                "wrongly tagged user session", "wrongly tagged processor session",
            },
            sut.PrincipalKinds.ToHashSet());
        Assert.Equal(
            Enum.GetValues<CheckCategory>().ToHashSet(),
            sut.Results.Select(r => r.Check.Category).ToHashSet());
        Assert.Contains(sut.Results, r => r.Check.ExpectAllowed && r.Decision.IsAllowed);
    }

    internal static string Describe(CheckResult result) =>
        $"{result.Check.Principal.Kind} {result.Check.Principal.Arn} {result.Check.Action} {result.Check.Resource} " +
        $"expected {(result.Check.ExpectAllowed ? "allow" : "deny")} got {result.Decision.Decision} " +
        $"via [{string.Join(", ", result.Decision.MatchedStatements)}] ctx " +
        string.Join(";", result.Check.Context.Keys.Select(k => $"{k}={string.Join("|", Values(result, k))}"));

    private static IReadOnlyList<string> Values(CheckResult result, string key) =>
        result.Check.Context.TryGetValues(key, out var values) ? values : [];
}
