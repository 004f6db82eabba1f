namespace ImagePipeline.Benchmarks.Gateway;

/// <summary>The tenant user policy the gateway benchmark evaluates on every call, shaped like the template's.</summary>
internal static class BenchmarkPolicies
{
    public const string Trust = """
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:user/broker"},
           "Action": "sts:AssumeRole"}]}
        """;

    public static string User(string bucket, string table) => $$$$"""
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "ReadWriteOwnOriginals", "Effect": "Allow", "Action": ["s3:PutObject", "s3:GetObject"],
           "Resource": "arn:aws:s3:::{{{{bucket}}}}/originals/${aws:PrincipalTag/UserID}/*"},
          {"Sid": "ReadOwnItems", "Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:Query"],
           "Resource": "arn:aws:dynamodb:us-east-1:123456789012:table/{{{{table}}}}",
           "Condition": {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": ["USER#${aws:PrincipalTag/UserID}"]},
                         "Null": {"dynamodb:LeadingKeys": "false"}}}
        ]}
        """;
}
