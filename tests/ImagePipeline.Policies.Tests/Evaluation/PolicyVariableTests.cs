using static ImagePipeline.Policies.Tests.TestPolicies;

namespace ImagePipeline.Policies.Tests.Evaluation;

public class PolicyVariableTests
{
    private const string TenantResource = "arn:aws:s3:::bucket/originals/${aws:PrincipalTag/UserID}/*";

    [Theory]
    [InlineData("alice", "arn:aws:s3:::bucket/originals/alice/a.jpg", Decision.Allowed)]
    [InlineData("alice", "arn:aws:s3:::bucket/originals/alice2/a.jpg", Decision.ImplicitDeny)]
    [InlineData("alice2", "arn:aws:s3:::bucket/originals/alice/a.jpg", Decision.ImplicitDeny)]
    public void Evaluate_PrincipalTagInResource_SubstitutesTheCallersTag(string tag, string resource, Decision expected)
    {
        var context = new RequestContext().Set("aws:PrincipalTag/UserID", tag);

        var decision = Decide(
            Identity(Allow("s3:GetObject", TenantResource)),
            Request("s3:GetObject", resource, context));

        Assert.Equal(expected, decision);
    }

    [Fact]
    public void Evaluate_TagValueIsAWildcard_MatchedLiterallyNotAsWildcard()
    {
        var context = new RequestContext().Set("aws:PrincipalTag/UserID", "*");
        var sut = new PolicySet { IdentityPolicies = [Identity(Allow("s3:GetObject", TenantResource))] }.Compile();

        var decision = sut.Evaluate(Request("s3:GetObject", "arn:aws:s3:::bucket/originals/alice/a.jpg", context));

        Assert.Equal(Decision.ImplicitDeny, decision.Decision);
    }

    [Fact]
    public void Evaluate_VariableKeyInDifferentCase_ResolvesBecauseKeysAreCaseInsensitive()
    {
        var context = new RequestContext().Set("AWS:PRINCIPALTAG/userid", "alice");

        var decision = Decide(
            Identity(Allow("s3:GetObject", TenantResource)),
            Request("s3:GetObject", "arn:aws:s3:::bucket/originals/alice/a.jpg", context));

        Assert.Equal(Decision.Allowed, decision);
    }

    [Fact]
    public void Evaluate_UnresolvedVariableInDeny_StatementDoesNotApplyAndKeyIsReported()
    {
        var sut = new PolicySet
        {
            IdentityPolicies = [Identity(Allow("s3:*", "*"), Deny("s3:GetObject", TenantResource))],
        }.Compile();

        var decision = sut.Evaluate(Request("s3:GetObject", "arn:aws:s3:::bucket/originals/alice/a.jpg"));

        Assert.Equal(Decision.Allowed, decision.Decision);
        Assert.Equal(["aws:PrincipalTag/UserID"], decision.MissingContextKeys);
        Assert.Equal(["identity:#1"], decision.MatchedStatements.Select(s => s.ToString()));
    }

    [Fact]
    public void Evaluate_MissingVariableWithDefault_UsesTheDefault()
    {
        var policy = Identity(Allow("s3:GetObject", "arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'shared'}/*"));

        Assert.Equal(Decision.Allowed, Decide(policy, Request("s3:GetObject", "arn:aws:s3:::bucket/shared/x")));
        Assert.Equal(Decision.ImplicitDeny, Decide(policy, Request("s3:GetObject", "arn:aws:s3:::bucket/other/x")));
    }

    [Theory]
    [InlineData("arn:aws:s3:::bucket/${*}", "arn:aws:s3:::bucket/*", Decision.Allowed)]
    [InlineData("arn:aws:s3:::bucket/${*}", "arn:aws:s3:::bucket/anything", Decision.ImplicitDeny)]
    [InlineData("arn:aws:s3:::bucket/${?}", "arn:aws:s3:::bucket/?", Decision.Allowed)]
    [InlineData("arn:aws:s3:::bucket/${?}", "arn:aws:s3:::bucket/x", Decision.ImplicitDeny)]
    [InlineData("arn:aws:s3:::bucket/${$}x", "arn:aws:s3:::bucket/$x", Decision.Allowed)]
    public void Evaluate_EscapedCharacters_MatchOnlyThemselves(string pattern, string resource, Decision expected)
    {
        Assert.Equal(expected, Decide(Identity(Allow("s3:GetObject", pattern)), Request("s3:GetObject", resource)));
    }

    [Fact]
    public void Evaluate_UsernameAndUseridVariables_Resolve()
    {
        var policy = Identity(Allow("s3:GetObject", "arn:aws:s3:::bucket/home/${aws:username}/${aws:userid}/*"));
        var context = new RequestContext().Set("aws:username", "bob").Set("aws:userid", "AIDAEXAMPLE");

        Assert.Equal(
            Decision.Allowed,
            Decide(policy, Request("s3:GetObject", "arn:aws:s3:::bucket/home/bob/AIDAEXAMPLE/f", context)));
    }

    [Fact]
    public void Evaluate_LegacyVersion_TreatsVariablesAsLiteralText()
    {
        var policy = PolicyDocument.Parse(
            """
            {"Version": "2008-10-17",
             "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/${aws:username}"}}
            """,
            PolicyKind.Identity);
        var context = new RequestContext().Set("aws:username", "bob");

        Assert.Equal(Decision.ImplicitDeny, Decide(policy, Request("s3:GetObject", "arn:aws:s3:::b/bob", context)));
        Assert.Equal(
            Decision.Allowed,
            Decide(policy, Request("s3:GetObject", "arn:aws:s3:::b/${aws:username}", context)));
    }

    [Fact]
    public void Evaluate_MultiValuedKeyAsVariable_IsUnresolved()
    {
        var context = new RequestContext().Set("aws:PrincipalTag/UserID", "alice", "bob");

        var decision = Decide(
            Identity(Allow("s3:GetObject", TenantResource)),
            Request("s3:GetObject", "arn:aws:s3:::bucket/originals/alice/a.jpg", context));

        Assert.Equal(Decision.ImplicitDeny, decision);
    }
}
