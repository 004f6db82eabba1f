using static ImagePipeline.Policies.Tests.TestPolicies;

namespace ImagePipeline.Policies.Tests.Evaluation;

public class PolicyEvaluatorTests
{
    private const string Object = "arn:aws:s3:::bucket/originals/alice/a.jpg";

    [Fact]
    public void Evaluate_NoStatementApplies_ImplicitDeny()
    {
        var sut = new PolicySet { IdentityPolicies = [Identity(Allow("s3:PutObject", "*"))] }.Compile();

        var decision = sut.Evaluate(Request("s3:GetObject", Object));

        Assert.Equal(Decision.ImplicitDeny, decision.Decision);
        Assert.Empty(decision.MatchedStatements);
    }

    [Fact]
    public void Evaluate_AllowAndDenyBothApply_ExplicitDenyWinsAndBothReported()
    {
        var sut = new PolicySet
        {
            IdentityPolicies = [Identity(Allow("s3:*", "*"), Deny("s3:GetObject", "arn:aws:s3:::bucket/*"))],
        }.Compile();

        var decision = sut.Evaluate(Request("s3:GetObject", Object));

        Assert.Equal(Decision.ExplicitDeny, decision.Decision);
        Assert.Equal(["identity:#1", "identity:#2"], decision.MatchedStatements.Select(s => s.ToString()));
    }

    [Theory]
    [InlineData("s3:getobject")]
    [InlineData("S3:GETOBJECT")]
    [InlineData("s3:Get*")]
    [InlineData("s3:G?tObject")]
    [InlineData("*")]
    public void Evaluate_ActionPatternsAreCaseInsensitiveWildcards_Allowed(string pattern)
    {
        var decision = Decide(Identity(Allow(pattern, "*")), Request("s3:GetObject", Object));

        Assert.Equal(Decision.Allowed, decision);
    }

    [Theory]
    [InlineData("arn:aws:s3:::bucket/originals/alice/*", Decision.Allowed)]
    [InlineData("arn:aws:s3:::bucket/originals/alice/?.jpg", Decision.Allowed)]
    [InlineData("arn:aws:s3:::bucket/Originals/alice/*", Decision.ImplicitDeny)]
    [InlineData("arn:aws:s3:::bucket/originals/alice", Decision.ImplicitDeny)]
    [InlineData("arn:aws:s3:::bucket/originals/alice/??.jpg", Decision.ImplicitDeny)]
    public void Evaluate_ResourcePatternsAreCaseSensitiveWildcards_MatchAsAwsDocuments(
        string pattern,
        Decision expected)
    {
        var decision = Decide(Identity(Allow("s3:GetObject", pattern)), Request("s3:GetObject", Object));

        Assert.Equal(expected, decision);
    }

    [Fact]
    public void Evaluate_NotActionAllowsEverythingElse_ListedActionDenied()
    {
        var policy = Identity("""{"Effect": "Allow", "NotAction": "s3:DeleteObject", "Resource": "*"}""");

        Assert.Equal(Decision.Allowed, Decide(policy, Request("s3:GetObject", Object)));
        Assert.Equal(Decision.ImplicitDeny, Decide(policy, Request("s3:DeleteObject", Object)));
    }

    [Fact]
    public void Evaluate_NotResourceDeny_DeniesEverythingOutsideTheList()
    {
        var policy = Identity(
            Allow("s3:GetObject", "*"),
            """{"Effect": "Deny", "Action": "s3:*", "NotResource": "arn:aws:s3:::bucket/originals/alice/*"}""");

        Assert.Equal(Decision.Allowed, Decide(policy, Request("s3:GetObject", Object)));
        Assert.Equal(
            Decision.ExplicitDeny,
            Decide(policy, Request("s3:GetObject", "arn:aws:s3:::bucket/originals/bob/a.jpg")));
    }

    [Fact]
    public void Evaluate_PermissionsBoundaryWithoutTheAction_ImplicitDenyDespiteIdentityAllow()
    {
        var set = new PolicySet
        {
            IdentityPolicies = [Identity(Allow("s3:*", "*"))],
            PermissionsBoundary = Parse(PolicyKind.PermissionsBoundary, Allow("s3:GetObject", "*")),
        };

        Assert.Equal(Decision.Allowed, Decide(set, Request("s3:GetObject", Object)));
        Assert.Equal(Decision.ImplicitDeny, Decide(set, Request("s3:PutObject", Object)));
    }

    [Fact]
    public void Evaluate_SessionPolicyNarrowsTheRole_OnlyTheIntersectionIsAllowed()
    {
        var set = new PolicySet
        {
            IdentityPolicies = [Identity(Allow("s3:*", "*"))],
            SessionPolicies = [Parse(PolicyKind.Session, Allow("s3:PutObject", "*"))],
        };

        Assert.Equal(Decision.Allowed, Decide(set, Request("s3:PutObject", Object)));
        Assert.Equal(Decision.ImplicitDeny, Decide(set, Request("s3:GetObject", Object)));
    }

    [Fact]
    public void Evaluate_SameAccountBucketPolicyNamesTheSession_AllowedWithoutIdentityPolicy()
    {
        var set = new PolicySet
        {
            ResourcePolicy = Resource(
                $$"""
                {"Effect": "Allow", "Principal": {"AWS": "{{SessionArn}}"},
                 "Action": "s3:GetObject", "Resource": "*"}
                """),
        };

        Assert.Equal(Decision.Allowed, Decide(set, Request("s3:GetObject", Object)));
    }

    [Fact]
    public void Evaluate_SameAccountBucketPolicyNamesTheAccount_NeedsIdentityPolicyToo()
    {
        var resource = Resource(
            $$"""
            {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::{{Account}}:root"},
             "Action": "s3:*", "Resource": "*"}
            """);
        var without = new PolicySet { ResourcePolicy = resource };
        var with = without with { IdentityPolicies = [Identity(Allow("s3:GetObject", "*"))] };

        Assert.Equal(Decision.ImplicitDeny, Decide(without, Request("s3:GetObject", Object)));
        Assert.Equal(Decision.Allowed, Decide(with, Request("s3:GetObject", Object)));
    }

    [Fact]
    public void Evaluate_ResourcePolicyNamesTheRole_BoundaryStillCaps()
    {
        var set = new PolicySet
        {
            ResourcePolicy = Resource(
                $$"""{"Effect": "Allow", "Principal": {"AWS": "{{RoleArn}}"}, "Action": "s3:*", "Resource": "*"}"""),
            PermissionsBoundary = Parse(PolicyKind.PermissionsBoundary, Allow("s3:GetObject", "*")),
        };

        Assert.Equal(Decision.Allowed, Decide(set, Request("s3:GetObject", Object)));
        Assert.Equal(Decision.ImplicitDeny, Decide(set, Request("s3:PutObject", Object)));
    }

    [Fact]
    public void Evaluate_CrossAccountWithOnlyIdentityPolicy_ImplicitDeny()
    {
        var table = $"arn:aws:dynamodb:us-east-1:{OtherAccount}:table/images";
        var identity = Identity(Allow("dynamodb:GetItem", "*"));
        var resource = Resource(
            $$"""
            {"Effect": "Allow", "Principal": {"AWS": "{{Account}}"},
             "Action": "dynamodb:GetItem", "Resource": "*"}
            """);

        Assert.Equal(Decision.ImplicitDeny, Decide(identity, Request("dynamodb:GetItem", table)));
        Assert.Equal(
            Decision.Allowed,
            Decide(
                new PolicySet { IdentityPolicies = [identity], ResourcePolicy = resource },
                Request("dynamodb:GetItem", table)));
    }

    [Fact]
    public void Evaluate_NotPrincipalDeny_AppliesToEveryoneElse()
    {
        var set = new PolicySet
        {
            IdentityPolicies = [Identity(Allow("s3:*", "*"))],
            ResourcePolicy = Resource(
                $$"""{"Effect": "Deny", "NotPrincipal": {"AWS": "{{RoleArn}}"}, "Action": "s3:*", "Resource": "*"}"""),
        };
        var stranger = "arn:aws:sts::111122223333:assumed-role/other/bob";

        Assert.Equal(Decision.Allowed, Decide(set, Request("s3:GetObject", Object)));
        Assert.Equal(Decision.ExplicitDeny, Decide(set, Request("s3:GetObject", Object, principal: stranger)));
    }

    [Fact]
    public void Evaluate_TrustPolicyNamesServicePrincipal_OnlyThatServiceMayAssume()
    {
        var trust = Parse(
            PolicyKind.Trust,
            """{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}""");
        var set = new PolicySet { ResourcePolicy = trust };
        var role = "arn:aws:iam::111122223333:role/exec";

        Assert.Equal(Decision.Allowed, Decide(set, Request("sts:AssumeRole", role, principal: "lambda.amazonaws.com")));
        Assert.Equal(Decision.ImplicitDeny, Decide(set, Request("sts:AssumeRole", role)));
    }
}
