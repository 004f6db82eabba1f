using CsCheck;
using static ImagePipeline.Policies.Tests.TestPolicies;

namespace ImagePipeline.Policies.Tests.Properties;

public class DecisionPropertyTests
{
    [Fact]
    public void Evaluate_MatchingDenyAddedToAnyPolicy_AlwaysExplicitDeny()
    {
        Gen.Select(PolicyGenerators.Statements, PolicyGenerators.Request, Gen.Int[0, 3]).Sample(
            parts =>
            {
                var (statements, request, slot) = parts;
                var deny = Deny(request.Action, request.Resource);
                var set = WithStatement(statements, deny, slot);

                Assert.Equal(Decision.ExplicitDeny, set.Compile().Evaluate(request).Decision);
            },
            iter: 500);
    }

    [Fact]
    public void Evaluate_AllowAddedToIdentityPolicy_NeverRemovesAccess()
    {
        Gen.Select(PolicyGenerators.Statements, PolicyGenerators.Statement("Allow"), PolicyGenerators.Request).Sample(
            parts =>
            {
                var (statements, allow, request) = parts;
                var before = new PolicySet { IdentityPolicies = [Identity(statements)] }.Compile().Evaluate(request);
                var after = new PolicySet { IdentityPolicies = [Identity([.. statements, allow])] }
                    .Compile()
                    .Evaluate(request);

                if (before.Decision == Decision.Allowed)
                {
                    Assert.Equal(Decision.Allowed, after.Decision);
                }

                if (before.Decision == Decision.ExplicitDeny)
                {
                    Assert.Equal(Decision.ExplicitDeny, after.Decision);
                }
            },
            iter: 500);
    }

    private static PolicySet WithStatement(string[] statements, string extra, int slot)
    {
        var identity = Identity(statements);
        return slot switch
        {
            0 => new PolicySet { IdentityPolicies = [Identity([.. statements, extra])] },
            1 => new PolicySet
            {
                IdentityPolicies = [identity],
                ResourcePolicy = Resource(extra.Replace(
                    "{\"Effect\"",
                    "{\"Principal\": \"*\", \"Effect\"",
                    StringComparison.Ordinal)),
            },
            2 => new PolicySet
            {
                IdentityPolicies = [identity],
                PermissionsBoundary = Parse(PolicyKind.PermissionsBoundary, [.. statements, extra]),
            },
            _ => new PolicySet { IdentityPolicies = [identity], SessionPolicies = [Parse(PolicyKind.Session, extra)] },
        };
    }
}
