namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>The bucket subresources the gateway understands, with the IAM action of each method on them.</summary>
internal static class S3Subresources
{
    /// <summary>Subresource -> (GET action, PUT action, DELETE action); a null action is not accepted.</summary>
    public static readonly IReadOnlyDictionary<string, (string? Get, string? Put, string? Delete)> Bucket =
        new Dictionary<string, (string?, string?, string?)>(StringComparer.Ordinal)
        {
            ["policy"] = ("GetBucketPolicy", "PutBucketPolicy", "DeleteBucketPolicy"),
            ["policyStatus"] = ("GetBucketPolicyStatus", null, null),
            ["notification"] = ("GetBucketNotification", "PutBucketNotification", null),
            ["cors"] = ("GetBucketCORS", "PutBucketCORS", "PutBucketCORS"),
            ["tagging"] = ("GetBucketTagging", "PutBucketTagging", "PutBucketTagging"),
            ["acl"] = ("GetBucketAcl", "PutBucketAcl", null),
            ["versioning"] = ("GetBucketVersioning", "PutBucketVersioning", null),
            ["encryption"] = ("GetEncryptionConfiguration", "PutEncryptionConfiguration", "PutEncryptionConfiguration"),
            ["publicAccessBlock"] = (
                "GetBucketPublicAccessBlock", "PutBucketPublicAccessBlock", "PutBucketPublicAccessBlock"),
            ["lifecycle"] = ("GetLifecycleConfiguration", "PutLifecycleConfiguration", "PutLifecycleConfiguration"),
            ["ownershipControls"] = (
                "GetBucketOwnershipControls", "PutBucketOwnershipControls", "PutBucketOwnershipControls"),
            ["location"] = ("GetBucketLocation", null, null),
            ["logging"] = ("GetBucketLogging", "PutBucketLogging", null),
            ["website"] = ("GetBucketWebsite", "PutBucketWebsite", "DeleteBucketWebsite"),
            ["object-lock"] = ("GetBucketObjectLockConfiguration", "PutBucketObjectLockConfiguration", null),
        };

    /// <summary>The operation names of bucket subresource requests, keyed by IAM action.</summary>
    public static string OperationFor(string method, string subresource, string action) => (method, subresource) switch
    {
        ("GET", "notification") => "GetBucketNotificationConfiguration",
        ("PUT", "notification") => "PutBucketNotificationConfiguration",
        ("GET", "lifecycle") => "GetBucketLifecycleConfiguration",
        ("PUT", "lifecycle") => "PutBucketLifecycleConfiguration",
        ("DELETE", "lifecycle") => "DeleteBucketLifecycle",
        ("GET", "encryption") => "GetBucketEncryption",
        ("PUT", "encryption") => "PutBucketEncryption",
        ("DELETE", "encryption") => "DeleteBucketEncryption",
        ("DELETE", "cors") => "DeleteBucketCors",
        ("DELETE", "tagging") => "DeleteBucketTagging",
        ("DELETE", "publicAccessBlock") => "DeletePublicAccessBlock",
        ("DELETE", "ownershipControls") => "DeleteBucketOwnershipControls",
        _ => action,
    };
}
