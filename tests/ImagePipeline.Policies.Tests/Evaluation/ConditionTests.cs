using static ImagePipeline.Policies.Tests.TestPolicies;

namespace ImagePipeline.Policies.Tests.Evaluation;

public class ConditionTests
{
    private static Decision Check(string condition, RequestContext context) =>
        Decide(Identity(Allow("s3:GetObject", "*", condition)), Request("s3:GetObject", "arn:aws:s3:::b/k", context));

    private static RequestContext With(string key, params string[] values) => new RequestContext().Set(key, values);

    [Theory]
    [InlineData("""{"StringEquals": {"s3:prefix": "home/"}}""", "home/", Decision.Allowed)]
    [InlineData("""{"StringEquals": {"s3:prefix": "home/"}}""", "HOME/", Decision.ImplicitDeny)]
    [InlineData("""{"StringEqualsIgnoreCase": {"s3:prefix": "home/"}}""", "HOME/", Decision.Allowed)]
    [InlineData("""{"StringNotEquals": {"s3:prefix": ["a", "b"]}}""", "c", Decision.Allowed)]
    [InlineData("""{"StringNotEquals": {"s3:prefix": ["a", "b"]}}""", "b", Decision.ImplicitDeny)]
    [InlineData("""{"StringLike": {"s3:prefix": "home/*"}}""", "home/x/y", Decision.Allowed)]
    [InlineData("""{"StringLike": {"s3:prefix": "home/?"}}""", "home/xy", Decision.ImplicitDeny)]
    [InlineData("""{"StringNotLike": {"s3:prefix": "home/*"}}""", "other", Decision.Allowed)]
    [InlineData("""{"StringEquals": {"s3:prefix": "home/*"}}""", "home/x", Decision.ImplicitDeny)]
    [InlineData("""{"StringNotEqualsIgnoreCase": {"s3:prefix": "A"}}""", "a", Decision.ImplicitDeny)]
    public void Evaluate_StringOperators_FollowAwsDefinitions(string condition, string value, Decision expected)
    {
        Assert.Equal(expected, Check(condition, With("s3:prefix", value)));
    }

    [Theory]
    [InlineData("NumericEquals", "10", "10.0", Decision.Allowed)]
    [InlineData("NumericNotEquals", "10", "11", Decision.Allowed)]
    [InlineData("NumericLessThan", "10", "9", Decision.Allowed)]
    [InlineData("NumericLessThan", "10", "10", Decision.ImplicitDeny)]
    [InlineData("NumericLessThanEquals", "10", "10", Decision.Allowed)]
    [InlineData("NumericGreaterThan", "10", "11", Decision.Allowed)]
    [InlineData("NumericGreaterThanEquals", "10", "9", Decision.ImplicitDeny)]
    [InlineData("NumericEquals", "10", "ten", Decision.ImplicitDeny)]
    public void Evaluate_NumericOperators_CompareNumbers(string op, string policy, string value, Decision expected)
    {
        Assert.Equal(
            expected,
            Check($$$"""{"{{{op}}}": {"s3:max-keys": "{{{policy}}}"}}""", With("s3:max-keys", value)));
    }

    [Theory]
    [InlineData("DateLessThan", "2026-01-01T00:00:00Z", "2025-12-31T23:59:59Z", Decision.Allowed)]
    [InlineData("DateGreaterThan", "2026-01-01T00:00:00Z", "2025-12-31T23:59:59Z", Decision.ImplicitDeny)]
    [InlineData("DateEquals", "2026-01-01T00:00:00Z", "1767225600", Decision.Allowed)]
    [InlineData("DateNotEquals", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", Decision.ImplicitDeny)]
    [InlineData("DateGreaterThanEquals", "1767225600", "2026-01-01T00:00:00Z", Decision.Allowed)]
    [InlineData("DateLessThanEquals", "2026-01-01", "2026-01-01T00:00:01Z", Decision.ImplicitDeny)]
    public void Evaluate_DateOperators_CompareIsoAndEpochDates(
        string op,
        string policy,
        string value,
        Decision expected)
    {
        Assert.Equal(
            expected,
            Check($$$"""{"{{{op}}}": {"aws:CurrentTime": "{{{policy}}}"}}""", With("aws:CurrentTime", value)));
    }

    [Theory]
    [InlineData("true", "true", Decision.Allowed)]
    [InlineData("true", "false", Decision.ImplicitDeny)]
    [InlineData("false", "FALSE", Decision.Allowed)]
    public void Evaluate_Bool_ComparesBooleans(string policy, string value, Decision expected)
    {
        Assert.Equal(
            expected,
            Check($$$"""{"Bool": {"aws:SecureTransport": "{{{policy}}}"}}""", With("aws:SecureTransport", value)));
    }

    [Fact]
    public void Evaluate_BinaryEquals_ComparesDecodedBytes()
    {
        var condition = """{"BinaryEquals": {"key": "QmluYXJ5VmFsdWU="}}""";

        Assert.Equal(Decision.Allowed, Check(condition, With("key", "QmluYXJ5VmFsdWU=")));
        Assert.Equal(Decision.ImplicitDeny, Check(condition, With("key", "T3RoZXI=")));
    }

    [Theory]
    [InlineData("IpAddress", "203.0.113.0/24", "203.0.113.7", Decision.Allowed)]
    [InlineData("IpAddress", "203.0.113.0/24", "203.0.114.7", Decision.ImplicitDeny)]
    [InlineData("NotIpAddress", "203.0.113.0/24", "198.51.100.1", Decision.Allowed)]
    [InlineData("IpAddress", "2001:DB8:1234:5678::/64", "2001:db8:1234:5678::1", Decision.Allowed)]
    [InlineData("IpAddress", "10.0.0.1", "10.0.0.1", Decision.Allowed)]
    [InlineData("NotIpAddress", "203.0.113.0/24", "not-an-ip", Decision.ImplicitDeny)]
    public void Evaluate_IpOperators_TestCidrMembership(string op, string range, string ip, Decision expected)
    {
        Assert.Equal(expected, Check($$$"""{"{{{op}}}": {"aws:SourceIp": "{{{range}}}"}}""", With("aws:SourceIp", ip)));
    }

    [Theory]
    [InlineData("ArnLike", "arn:aws:iam::*:role/tenant-*", Decision.Allowed)]
    [InlineData("ArnEquals", "arn:aws:iam::111122223333:role/tenant-user", Decision.Allowed)]
    [InlineData("ArnNotLike", "arn:aws:iam::*:role/tenant-*", Decision.ImplicitDeny)]
    [InlineData("ArnNotEquals", "arn:aws:iam::111122223333:role/other", Decision.Allowed)]
    [InlineData("ArnLike", "arn:aws:iam::*:role/TENANT-*", Decision.ImplicitDeny)]
    public void Evaluate_ArnOperators_MatchArns(string op, string pattern, Decision expected)
    {
        Assert.Equal(
            expected,
            Check($$$"""{"{{{op}}}": {"aws:PrincipalArn": "{{{pattern}}}"}}""", With("aws:PrincipalArn", RoleArn)));
    }

    [Fact]
    public void Evaluate_NullOperator_TestsPresence()
    {
        Assert.Equal(Decision.Allowed, Check("""{"Null": {"s3:prefix": "true"}}""", new RequestContext()));
        Assert.Equal(Decision.ImplicitDeny, Check("""{"Null": {"s3:prefix": "true"}}""", With("s3:prefix", "x")));
        Assert.Equal(Decision.Allowed, Check("""{"Null": {"s3:prefix": "false"}}""", With("s3:prefix", "x")));
    }

    [Theory]
    [InlineData("""{"StringEquals": {"s3:prefix": "x"}}""", Decision.ImplicitDeny)]
    [InlineData("""{"StringEqualsIfExists": {"s3:prefix": "x"}}""", Decision.Allowed)]
    [InlineData("""{"StringNotEquals": {"s3:prefix": "x"}}""", Decision.Allowed)]
    [InlineData("""{"NumericLessThanIfExists": {"s3:max-keys": "5"}}""", Decision.Allowed)]
    [InlineData("""{"ForAllValues:StringEquals": {"aws:TagKeys": "x"}}""", Decision.Allowed)]
    [InlineData("""{"ForAnyValue:StringEquals": {"aws:TagKeys": "x"}}""", Decision.ImplicitDeny)]
    public void Evaluate_MissingKey_FollowsAwsRules(string condition, Decision expected)
    {
        Assert.Equal(expected, Check(condition, new RequestContext()));
    }

    [Theory]
    [InlineData(new[] { "UserID" }, Decision.Allowed)]
    [InlineData(new[] { "UserID", "Admin" }, Decision.ImplicitDeny)]
    public void Evaluate_ForAllValues_EveryRequestValueMustBeListed(string[] keys, Decision expected)
    {
        var condition = """{"ForAllValues:StringEquals": {"aws:TagKeys": ["UserID", "Project"]}}""";

        Assert.Equal(expected, Check(condition, With("aws:TagKeys", keys)));
    }

    [Theory]
    [InlineData(new[] { "Admin", "UserID" }, Decision.Allowed)]
    [InlineData(new[] { "Admin" }, Decision.ImplicitDeny)]
    public void Evaluate_ForAnyValue_OneRequestValueSuffices(string[] keys, Decision expected)
    {
        var condition = """{"ForAnyValue:StringEquals": {"aws:TagKeys": ["UserID"]}}""";

        Assert.Equal(expected, Check(condition, With("aws:TagKeys", keys)));
    }

    [Fact]
    public void Evaluate_ForAllValuesWithNullGuard_EmptySetNoLongerPasses()
    {
        var condition = """
            {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": "USER#alice"},
             "Null": {"dynamodb:LeadingKeys": "false"}}
            """;

        Assert.Equal(Decision.ImplicitDeny, Check(condition, new RequestContext()));
        Assert.Equal(Decision.Allowed, Check(condition, With("dynamodb:LeadingKeys", "USER#alice")));
        Assert.Equal(Decision.ImplicitDeny, Check(condition, With("dynamodb:LeadingKeys", "USER#alice", "USER#bob")));
    }

    [Fact]
    public void Evaluate_ConditionKeyNamesInAnyCase_Match()
    {
        Assert.Equal(Decision.Allowed, Check("""{"StringEquals": {"S3:PREFIX": "x"}}""", With("s3:prefix", "x")));
    }

    [Fact]
    public void Evaluate_SeveralKeysAndOperators_AllMustHold()
    {
        var condition = """{"StringEquals": {"a": "1", "b": "2"}, "Bool": {"c": "true"}}""";
        var all = new RequestContext().Set("a", "1").Set("b", "2").Set("c", "true");

        Assert.Equal(Decision.Allowed, Check(condition, all));
        Assert.Equal(Decision.ImplicitDeny, Check(condition, all.Clone().Set("b", "3")));
    }

    [Fact]
    public void Evaluate_VariableInConditionValue_ComparesWithTheCallersTag()
    {
        var condition = """{"StringLike": {"s3:prefix": "originals/${aws:PrincipalTag/UserID}/*"}}""";
        var context = new RequestContext().Set("aws:PrincipalTag/UserID", "alice");

        Assert.Equal(Decision.Allowed, Check(condition, context.Clone().Set("s3:prefix", "originals/alice/")));
        Assert.Equal(Decision.ImplicitDeny, Check(condition, context.Clone().Set("s3:prefix", "originals/alice2/")));
    }
}
