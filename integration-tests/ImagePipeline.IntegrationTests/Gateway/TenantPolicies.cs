namespace ImagePipeline.IntegrationTests.Gateway;

/// <summary>Hand-written tenant policies mirroring the template's, for a given bucket, table and account.</summary>
internal static class TenantPolicies
{
    public const string Account = "123456789012";
    public const string BrokerArn = $"arn:aws:iam::{Account}:user/broker";
    public const string UserRoleArn = $"arn:aws:iam::{Account}:role/tenant-user";
    public const string ProcessorRoleArn = $"arn:aws:iam::{Account}:role/tenant-processor";
    public const string ExecutionRoleArn = $"arn:aws:iam::{Account}:role/function-execution";

    public static string TableArn(string table) => $"arn:aws:dynamodb:us-east-1:{Account}:table/{table}";

    public static string TenantTrust(string trustedArn) => $$$$"""
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "AssumeWithTenantTag", "Effect": "Allow", "Principal": {"AWS": "{{{{trustedArn}}}}"},
           "Action": "sts:AssumeRole", "Condition": {"Null": {"aws:RequestTag/UserID": "false"}}},
          {"Sid": "TagOnlyUserID", "Effect": "Allow", "Principal": {"AWS": "{{{{trustedArn}}}}"},
           "Action": "sts:TagSession",
           "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["UserID"]},
                         "Null": {"aws:TagKeys": "false", "aws:RequestTag/UserID": "false"}}}
        ]}
        """;

    public static string UserPolicy(string bucket, string table) => $$$$"""
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "ReadWriteOwnOriginals", "Effect": "Allow", "Action": ["s3:PutObject", "s3:GetObject"],
           "Resource": "arn:aws:s3:::{{{{bucket}}}}/originals/${aws:PrincipalTag/UserID}/*"},
          {"Sid": "ReadOwnVariants", "Effect": "Allow", "Action": "s3:GetObject",
           "Resource": "arn:aws:s3:::{{{{bucket}}}}/processed/${aws:PrincipalTag/UserID}/*"},
          {"Sid": "ListOwnFoldersOnly", "Effect": "Allow", "Action": "s3:ListBucket",
           "Resource": "arn:aws:s3:::{{{{bucket}}}}",
           "Condition": {"StringLike": {"s3:prefix": ["originals/${aws:PrincipalTag/UserID}/*",
                                                      "processed/${aws:PrincipalTag/UserID}/*"]},
                         "Null": {"s3:prefix": "false"}}},
          {"Sid": "ReadOwnItems", "Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:Query"],
           "Resource": "{{{{TableArn(table)}}}}",
           "Condition": {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": ["USER#${aws:PrincipalTag/UserID}"]},
                         "Null": {"dynamodb:LeadingKeys": "false"}}}
        ]}
        """;

    public static string ProcessorPolicy(string bucket, string table) => $$$$"""
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "ReadOwnOriginals", "Effect": "Allow", "Action": "s3:GetObject",
           "Resource": "arn:aws:s3:::{{{{bucket}}}}/originals/${aws:PrincipalTag/UserID}/*"},
          {"Sid": "WriteOwnVariants", "Effect": "Allow", "Action": "s3:PutObject",
           "Resource": "arn:aws:s3:::{{{{bucket}}}}/processed/${aws:PrincipalTag/UserID}/*"},
          {"Sid": "WriteOwnItems", "Effect": "Allow", "Action": ["dynamodb:PutItem", "dynamodb:UpdateItem"],
           "Resource": "{{{{TableArn(table)}}}}",
           "Condition": {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": ["USER#${aws:PrincipalTag/UserID}"]},
                         "Null": {"dynamodb:LeadingKeys": "false"}}}
        ]}
        """;

    public const string LambdaTrust = """
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
        """;

    public const string ExecutionPolicy = $$$$"""
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "AssumeProcessorWithTag", "Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"],
           "Resource": "{{{{ProcessorRoleArn}}}}"}]}
        """;

    public static string TlsOnlyBucketPolicy(string bucket) => $$$$"""
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
           "Resource": ["arn:aws:s3:::{{{{bucket}}}}", "arn:aws:s3:::{{{{bucket}}}}/*"],
           "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}
        """;
}
