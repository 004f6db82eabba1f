namespace ImagePipeline.Policies.Tests;

public class PolicyDocumentParseTests
{
    private static PolicyFormatException Reject(string json, PolicyKind kind = PolicyKind.Identity) =>
        Assert.Throws<PolicyFormatException>(() => PolicyDocument.Parse(json, kind, "p"));

    [Fact]
    public void Parse_ValidDocument_ReadsEveryElement()
    {
        var sut = PolicyDocument.Parse(
            """
            {"Version": "2012-10-17", "Id": "x", "Statement": [{"Sid": "Read", "Effect": "Allow",
             "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::b/*",
             "Condition": {"StringEquals": {"s3:prefix": ["a", "b"]}}}]}
            """,
            PolicyKind.Identity,
            "p");

        var statement = Assert.Single(sut.Statements);
        Assert.Equal("Read", statement.Label);
        Assert.Equal(PolicyEffect.Allow, statement.Effect);
        Assert.Equal(["a", "b"], Assert.Single(statement.Conditions).Values);
        Assert.True(sut.SupportsVariables);
    }

    [Fact]
    public void Parse_BadVersion_NamesVersionAndTheFix()
    {
        var error = Reject("""{"Version": "2012-10-18", "Statement": []}""");

        Assert.Contains("'Version'", error.Message, StringComparison.Ordinal);
        Assert.Contains("2012-10-17", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownOperator_NamesStatementAndElement()
    {
        var error = Reject(TestPolicies.Document(
            """
            {"Sid": "S1", "Effect": "Allow", "Action": "s3:*", "Resource": "*",
             "Condition": {"StringEqual": {"a": "b"}}}
            """));

        Assert.Contains("statement 'S1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Condition'", error.Message, StringComparison.Ordinal);
        Assert.Contains("StringEqual", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Effect": "Allow", "Action": "s3:${aws:username}", "Resource": "*"}""", "'Action'")]
    [InlineData(
        """
        {"Effect": "Allow", "Action": "s3:*", "Resource": "*",
         "Condition": {"NumericLessThan": {"a": "${aws:username}"}}}
        """,
        "NumericLessThan")]
    [InlineData(
        """
        {"Effect": "Allow", "Action": "s3:*", "Resource": "*",
         "Condition": {"StringEquals": {"${aws:username}": "a"}}}
        """,
        "Condition")]
    [InlineData("""{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::b/${aws:username"}""", "'Resource'")]
    public void Parse_VariableWhereAwsForbidsIt_Rejected(string statement, string element)
    {
        var error = Reject(TestPolicies.Document(statement));

        Assert.Contains("statement #1", error.Message, StringComparison.Ordinal);
        Assert.Contains(element, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Effect": "allow", "Action": "s3:*", "Resource": "*"}""", "'Effect'")]
    [InlineData("""{"Effect": "Allow", "Resource": "*"}""", "'Action'")]
    [InlineData("""{"Effect": "Allow", "Action": "s3:*"}""", "'Resource'")]
    [InlineData("""{"Effect": "Allow", "Action": "GetObject", "Resource": "*"}""", "'Action'")]
    [InlineData("""{"Effect": "Allow", "Action": "s3:*", "NotAction": "s3:Get*", "Resource": "*"}""", "'Action'")]
    [InlineData("""{"Effect": "Allow", "Action": "s3:*", "Resource": "bucket/*"}""", "'Resource'")]
    [InlineData("""{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Principal": "*"}""", "'Principal'")]
    [InlineData("""{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Extra": 1}""", "'Extra'")]
    [InlineData(
        """{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"NumericEquals": {"a": "x"}}}""",
        "NumericEquals")]
    [InlineData(
        """
        {"Effect": "Allow", "Action": "s3:*", "Resource": "*",
         "Condition": {"ForAllValues:Null": {"a": "true"}}}
        """,
        "Null")]
    [InlineData("""{"Effect": "Allow", "Action": [], "Resource": "*"}""", "'Action'")]
    public void Parse_MalformedIdentityStatement_RejectedNamingTheElement(string statement, string element)
    {
        var error = Reject(TestPolicies.Document(statement));

        Assert.Contains(element, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}""", PolicyKind.Resource, "'Principal'")]
    [InlineData(
        """{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::*:root"}, "Action": "s3:*", "Resource": "*"}""",
        PolicyKind.Resource,
        "wildcard")]
    [InlineData(
        """{"Effect": "Allow", "Principal": {"Robot": "x"}, "Action": "s3:*", "Resource": "*"}""",
        PolicyKind.Resource,
        "Robot")]
    [InlineData(
        """{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole", "Resource": "*"}""",
        PolicyKind.Trust,
        "'Resource'")]
    public void Parse_MalformedResourceOrTrustStatement_Rejected(string statement, PolicyKind kind, string expected)
    {
        var error = Reject(TestPolicies.Document(statement), kind);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"Version": "2012-10-17"}""")]
    [InlineData("""{"Version": "2012-10-17", "Statement": [], "Extra": 1}""")]
    public void Parse_MalformedDocument_Rejected(string json)
    {
        var error = Reject(json);

        Assert.Contains("Policy 'p'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingVersion_AssumesLegacy()
    {
        var sut = PolicyDocument.Parse(
            """{"Statement": {"Effect": "Deny", "Action": "*", "Resource": "*"}}""",
            PolicyKind.Identity);

        Assert.Equal(PolicyVersions.Legacy, sut.Version);
        Assert.False(sut.SupportsVariables);
    }
}
