using ImagePipeline.LocalCloud.Gateway;
using ImagePipeline.LocalCloud.Gateway.Classification;
using ImagePipeline.LocalCloud.Iam;

namespace ImagePipeline.LocalCloud.Tests.Gateway;

public sealed class AccessEnforcerTests
{
    private const string UserArn = "arn:aws:iam::123456789012:user/broker";
    private const string RoleArn = "arn:aws:iam::123456789012:role/tenant-user";

    private static readonly AccessCheck AssumeRole = new("sts:AssumeRole", RoleArn, AccessCheck.NoKeys);
    private static readonly AccessCheck TagSession = new("sts:TagSession", RoleArn, AccessCheck.NoKeys);

    [Fact]
    public void Enforce_EveryCheckAllowed_DecidedByTheRequestsOwnActionNotTheLastCheck()
    {
        var sut = Enforcer(query => Allow(query.Action + "-statement"));

        var (check, verdict) = sut.Enforce(Caller(), [AssumeRole, TagSession], NoKeys());

        Assert.Equal("sts:AssumeRole", check.Action);
        Assert.Equal("sts:AssumeRole-statement", verdict.DecidingStatement);
    }

    [Fact]
    public void Enforce_FurtherCheckRefused_DecidedByTheRefusedCheck()
    {
        var sut = Enforcer(query => query.Action == "sts:TagSession"
            ? AccessVerdict.Refused("because no statement allows sts:TagSession")
            : Allow("s"));

        var (check, verdict) = sut.Enforce(Caller(), [AssumeRole, TagSession], NoKeys());

        Assert.Equal("sts:TagSession", check.Action);
        Assert.False(verdict.IsAllowed);
    }

    private static AccessEnforcer Enforcer(Func<AccessQuery, AccessVerdict> decide) =>
        new(new DecidingAuthorizer(decide), new IamRegistry());

    private static AccessVerdict Allow(string statement) => new(AccessDecision.Allowed, statement, [statement], [], "");

    private static IamCredential Caller()
    {
        var registry = new IamRegistry();
        registry.PutUser(new IamUser(UserArn, []));
        return registry.IssueAccessKey(UserArn);
    }

    private static Dictionary<string, IReadOnlyList<string>> NoKeys() => [];

    private sealed class DecidingAuthorizer(Func<AccessQuery, AccessVerdict> decide) : IRequestAuthorizer
    {
        public AccessVerdict Authorize(AccessQuery query) => decide(query);
    }
}
