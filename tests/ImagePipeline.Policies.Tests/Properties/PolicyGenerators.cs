using CsCheck;

namespace ImagePipeline.Policies.Tests.Properties;

/// <summary>Random statements and requests over a small vocabulary, so matches are frequent.</summary>
internal static class PolicyGenerators
{
    private static readonly string[] ActionPatterns =
        ["s3:GetObject", "s3:PutObject", "s3:*", "s3:Get*", "S3:?etObject", "dynamodb:GetItem", "dynamodb:*", "*"];

    private static readonly string[] ResourcePatterns =
    [
        "*",
        "arn:aws:s3:::b/*",
        "arn:aws:s3:::b/originals/*",
        "arn:aws:s3:::b/originals/alice/*",
        "arn:aws:s3:::b/originals/${aws:PrincipalTag/UserID}/*",
        "arn:aws:s3:::b/originals/${aws:PrincipalTag/UserID}*",
        "arn:aws:dynamodb:us-east-1:111122223333:table/t",
    ];

    private static readonly string[] Conditions =
    [
        string.Empty,
        """{"StringEquals": {"aws:PrincipalTag/UserID": "alice"}}""",
        """{"StringNotEquals": {"aws:PrincipalTag/UserID": "alice"}}""",
        """{"Null": {"aws:PrincipalTag/UserID": "true"}}""",
        """{"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": "USER#${aws:PrincipalTag/UserID}"}}""",
        """{"ForAnyValue:StringLike": {"dynamodb:LeadingKeys": "USER#a*"}}""",
        """{"BoolIfExists": {"aws:SecureTransport": "true"}}""",
    ];

    public static readonly string[] Actions = ["s3:GetObject", "s3:PutObject", "dynamodb:GetItem", "dynamodb:Query"];

    public static readonly string[] Resources =
    [
        "arn:aws:s3:::b/originals/alice/x.jpg",
        "arn:aws:s3:::b/originals/alice2/x.jpg",
        "arn:aws:s3:::b/originals/bob/x.jpg",
        "arn:aws:dynamodb:us-east-1:111122223333:table/t",
    ];

    public static Gen<string> Statement(string effect) =>
        Gen.Select(Gen.OneOfConst(ActionPatterns), Gen.OneOfConst(ResourcePatterns), Gen.OneOfConst(Conditions))
            .Select(parts => TestPolicies.Statement(effect, parts.Item1, parts.Item2, parts.Item3));

    public static Gen<string> AnyStatement =>
        Gen.Bool.SelectMany(deny => Statement(deny ? "Deny" : "Allow"));

    public static Gen<string[]> Statements => AnyStatement.Array[1, 5];

    public static Gen<AuthorizationRequest> Request =>
        Gen.Select(
            Gen.OneOfConst(Actions),
            Gen.OneOfConst(Resources),
            Gen.OneOfConst<string?>("alice", "alice2", "bob", null),
            Gen.OneOfConst(["USER#alice"], ["USER#bob"], ["USER#alice", "USER#bob"], Array.Empty<string>()))
            .Select(parts =>
            {
                var context = new RequestContext()
                    .Set("aws:SecureTransport", "true")
                    .Set("dynamodb:LeadingKeys", parts.Item4);
                if (parts.Item3 is not null)
                {
                    context.Set("aws:PrincipalTag/UserID", parts.Item3);
                }

                return TestPolicies.Request(parts.Item1, parts.Item2, context);
            });
}
