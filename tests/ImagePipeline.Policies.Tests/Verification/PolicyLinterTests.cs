using ImagePipeline.Policies.Verification;
using static ImagePipeline.Policies.Tests.TestPolicies;

namespace ImagePipeline.Policies.Tests.Verification;

public class PolicyLinterTests
{
    [Theory]
    [InlineData("s3:ListBucket", "arn:aws:s3:::b", "", "s3:prefix")]
    [InlineData("dynamodb:*", "arn:aws:dynamodb:us-east-1:111122223333:table/t", "", "Scan")]
    [InlineData("s3:GetObject", "*", "", "Resource \"*\"")]
    [InlineData("s3:GetObject", "arn:aws:s3:::b/originals/${aws:PrincipalTag/UserID}*", "", "alice2")]
    [InlineData(
        "dynamodb:GetItem",
        "arn:aws:dynamodb:us-east-1:111122223333:table/t",
        """{"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": "USER#a"}}""",
        "Null")]
    public void Lint_RiskyAllow_WarnsNamingTheRisk(string action, string resource, string condition, string expected)
    {
        var findings = PolicyLinter.Lint(Identity(Allow(action, resource, condition))).ToList();

        Assert.Contains(findings, f => f.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_GuardedTenantStatement_NoWarnings()
    {
        var statement = Allow(
            "dynamodb:GetItem",
            "arn:aws:dynamodb:us-east-1:111122223333:table/t",
            """
            {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": "USER#${aws:PrincipalTag/UserID}"},
             "Null": {"dynamodb:LeadingKeys": "false"}}
            """);

        Assert.Empty(PolicyLinter.Lint(Identity(statement)));
    }

    [Fact]
    public void Lint_TrustPolicyTagSessionWithoutTagKeys_Warns()
    {
        var trust = Parse(
            PolicyKind.Trust,
            """
            {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/b"},
             "Action": "sts:TagSession"}
            """);

        Assert.Contains(PolicyLinter.Lint(trust), f => f.Message.Contains("aws:TagKeys", StringComparison.Ordinal));
    }
}
