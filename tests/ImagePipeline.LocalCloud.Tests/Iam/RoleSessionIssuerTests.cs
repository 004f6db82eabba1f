using ImagePipeline.LocalCloud.Iam;

namespace ImagePipeline.LocalCloud.Tests.Iam;

public sealed class RoleSessionIssuerTests
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/tenant-user";

    private static IamRegistry Registry()
    {
        var registry = new IamRegistry();
        registry.PutRole(new IamRole(RoleArn, "{}", []));
        return registry;
    }

    [Fact]
    public void IssueRoleSession_TaggedSession_RegistersCredentialWithAwsShapedIdentity()
    {
        var registry = Registry();
        var sut = new RoleSessionIssuer(registry);

        var session = sut.IssueRoleSession(new RoleSessionRequest(
            RoleArn, "user-alice", new Dictionary<string, string> { ["UserID"] = "alice" }, ["UserID"]));

        Assert.Same(session, registry.FindCredential(session.AccessKeyId));
        Assert.StartsWith("ASIA", session.AccessKeyId, StringComparison.Ordinal);
        Assert.Equal("arn:aws:sts::123456789012:assumed-role/tenant-user/user-alice", session.PrincipalArn);
        Assert.Equal(RoleArn, session.PolicyHolderArn);
        Assert.Matches("^AROA[A-Z2-7]{17}:user-alice$", session.UserId);
        Assert.Equal("alice", session.SessionTags["UserID"]);
        Assert.Equal(TimeSpan.FromHours(1), session.Expiration - session.IssuedAt);
    }

    [Theory]
    [InlineData("x", null, null)]
    [InlineData("has space", null, null)]
    [InlineData("ok-name", 600, null)]
    [InlineData("ok-name", 7200, null)]
    [InlineData("ok-name", null, "aws:reserved")]
    public void IssueRoleSession_BreakingStsRules_ThrowsNamingTheValue(string name, int? seconds, string? tagKey)
    {
        var sut = new RoleSessionIssuer(Registry());
        var tags = tagKey is null ? null : new Dictionary<string, string> { [tagKey] = "v" };
        var duration = seconds is null ? (TimeSpan?)null : TimeSpan.FromSeconds(seconds.Value);

        var error = Assert.Throws<ArgumentException>(
            () => sut.IssueRoleSession(new RoleSessionRequest(RoleArn, name, tags, null, duration)));

        Assert.Contains(tagKey ?? (seconds?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? name),
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IssueRoleSession_UnknownRole_ThrowsNamingTheRole()
    {
        var sut = new RoleSessionIssuer(new IamRegistry());

        var error = Assert.Throws<ArgumentException>(
            () => sut.IssueRoleSession(new RoleSessionRequest(RoleArn, "name")));

        Assert.Contains(RoleArn, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IamRegistry_AccountThatIsNotTwelveDigits_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new IamRegistry("12345"));

        Assert.Contains("12345", error.Message, StringComparison.Ordinal);
    }
}
