using ImagePipeline.Policies.Templates;
using ImagePipeline.Policies.Verification;

namespace ImagePipeline.Policies.Tests.Verification;

/// <summary>Weakened copies of the real template, one per known trap; each must fail verification.</summary>
public class WeakenedTemplateTests
{
    public static TheoryData<string> Traps => [.. WeakenedTemplates.All.Keys];

    [Theory]
    [MemberData(nameof(Traps))]
    public void Verify_WeakenedTemplate_FailsWithTheExpectedCounterexample(string trap)
    {
        var (weaken, expected) = WeakenedTemplates.All[trap];
        var text = weaken(TestTemplate.Text);
        Assert.NotEqual(TestTemplate.Text, text);

        var sut = IsolationVerifier.Verify(TemplateReader.Parse(text, TestTemplate.Parameters));

        Assert.False(sut.Passed);
        Assert.Contains(sut.Counterexamples, expected);
    }

    [Fact]
    public void Verify_EveryStatementDenies_FailsOnIntendedAccess()
    {
        var text = TestTemplate.Text.Replace("Effect: Allow", "Effect: Deny", StringComparison.Ordinal);

        var sut = IsolationVerifier.Verify(TemplateReader.Parse(text, TestTemplate.Parameters));

        Assert.False(sut.Passed);
        Assert.All(sut.Counterexamples, r => Assert.True(r.Check.ExpectAllowed));
    }

    [Fact]
    public void Lint_WeakenedTemplates_WarnAboutTheTrap()
    {
        var listing = WeakenedTemplates.All["ListBucket without s3:prefix"].Weaken(TestTemplate.Text);
        var scan = WeakenedTemplates.All["ForAllValues on an empty key set"].Weaken(TestTemplate.Text);

        var listingWarnings = PolicyLinter.Lint(TemplateReader.Parse(listing, TestTemplate.Parameters));
        var scanWarnings = PolicyLinter.Lint(TemplateReader.Parse(scan, TestTemplate.Parameters));

        Assert.Contains(listingWarnings, w => w.Message.Contains("s3:prefix", StringComparison.Ordinal));
        Assert.Contains(scanWarnings, w => w.Message.Contains("Scan", StringComparison.Ordinal));
        Assert.Empty(PolicyLinter.Lint(TestTemplate.Resolve()));
    }
}
