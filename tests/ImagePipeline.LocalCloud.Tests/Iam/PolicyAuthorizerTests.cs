using ImagePipeline.LocalCloud.Iam;

namespace ImagePipeline.LocalCloud.Tests.Iam;

public sealed class PolicyAuthorizerTests
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/reader";

    private const string ReadOwnFolder = """
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "ReadOwn", "Effect": "Allow", "Action": "s3:GetObject",
           "Resource": "arn:aws:s3:::b/originals/${aws:PrincipalTag/UserID}/*"}]}
        """;

    private const string DenySecrets = """
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "NoSecrets", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
           "Resource": "arn:aws:s3:::b/originals/alice/secret*"}]}
        """;

    private static (PolicyAuthorizer Sut, IamCredential Alice) Setup(string identityPolicy = ReadOwnFolder)
    {
        var registry = new IamRegistry();
        registry.PutRole(new IamRole(RoleArn, "{}", [new NamedPolicy("reader", identityPolicy)]));
        var alice = new RoleSessionIssuer(registry).IssueRoleSession(
            new RoleSessionRequest(RoleArn, "alice", new Dictionary<string, string> { ["UserID"] = "alice" }));
        return (new PolicyAuthorizer(registry), alice);
    }

    private static AccessQuery Query(IamCredential caller, string key, NamedPolicy? bucketPolicy = null) => new(
        caller,
        "s3:GetObject",
        $"arn:aws:s3:::b/{key}",
        bucketPolicy,
        new Dictionary<string, IReadOnlyList<string>> { ["aws:PrincipalTag/UserID"] = [caller.SessionTags["UserID"]] });

    [Fact]
    public void Authorize_OwnFolder_AllowedNamingTheStatement()
    {
        var (sut, alice) = Setup();

        var verdict = sut.Authorize(Query(alice, "originals/alice/cat.jpg"));

        Assert.Equal(AccessDecision.Allowed, verdict.Decision);
        Assert.Equal("reader:ReadOwn", verdict.DecidingStatement);
    }

    [Fact]
    public void Authorize_OtherFolder_ImplicitDenyInAwsWords()
    {
        var (sut, alice) = Setup();

        var verdict = sut.Authorize(Query(alice, "originals/bob/cat.jpg"));

        Assert.Equal(AccessDecision.ImplicitDeny, verdict.Decision);
        Assert.Equal("because no identity-based policy allows the s3:GetObject action", verdict.Reason);
    }

    [Fact]
    public void Authorize_BucketPolicyDeny_ExplicitDenyFromTheResourcePolicy()
    {
        var (sut, alice) = Setup();

        var bucketPolicy = new NamedPolicy("BucketPolicy:b", DenySecrets);

        var verdict = sut.Authorize(Query(alice, "originals/alice/secret.jpg", bucketPolicy));

        Assert.Equal(AccessDecision.ExplicitDeny, verdict.Decision);
        Assert.Equal("BucketPolicy:b:NoSecrets", verdict.DecidingStatement);
        Assert.Equal("with an explicit deny in a resource-based policy", verdict.Reason);
    }

    [Fact]
    public void Authorize_MalformedPolicy_DeniesAndSaysWhy()
    {
        var (sut, alice) = Setup("""{"Version": "2012-10-17", "Statement": [{"Effect": "Maybe"}]}""");

        var verdict = sut.Authorize(Query(alice, "originals/alice/cat.jpg"));

        Assert.Equal(AccessDecision.ImplicitDeny, verdict.Decision);
        Assert.Contains("malformed", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Authorize_RoleReplacedInTheRegistry_UsesTheNewPolicies()
    {
        var registry = new IamRegistry();
        registry.PutRole(new IamRole(RoleArn, "{}", [new NamedPolicy("reader", ReadOwnFolder)]));
        var alice = new RoleSessionIssuer(registry).IssueRoleSession(
            new RoleSessionRequest(RoleArn, "alice", new Dictionary<string, string> { ["UserID"] = "alice" }));
        var sut = new PolicyAuthorizer(registry);
        var before = sut.Authorize(Query(alice, "originals/alice/cat.jpg"));

        registry.PutRole(new IamRole(RoleArn, "{}", []));
        var after = sut.Authorize(Query(alice, "originals/alice/cat.jpg"));

        Assert.Equal(AccessDecision.Allowed, before.Decision);
        Assert.Equal(AccessDecision.ImplicitDeny, after.Decision);
    }

    [Fact]
    public void DenyAllAuthorizer_AnyQuery_ImplicitDeny()
    {
        var (_, alice) = Setup();

        var verdict = new DenyAllAuthorizer().Authorize(Query(alice, "originals/alice/cat.jpg"));

        Assert.False(verdict.IsAllowed);
    }
}
