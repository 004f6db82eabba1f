namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>Classifies S3 requests on a bucket (no key): listing, bucket configuration, batch delete.</summary>
internal static class S3BucketClassifier
{
    /// <summary>Classifies one bucket-level S3 request.</summary>
    public static Classification Classify(S3RequestFacts facts)
    {
        var bucket = facts.Target.Bucket!;
        var arn = S3RequestClassifier.BucketArn(bucket);
        var subresource = facts.Query.Select(pair => pair.Key).FirstOrDefault(S3Subresources.Bucket.ContainsKey);
        if (subresource is not null)
        {
            return Configuration(facts, bucket, arn, subresource);
        }

        return facts.Method switch
        {
            "GET" when facts.Has("versions") => Listing(facts, bucket, "ListObjectVersions", "ListBucketVersions"),
            "GET" when facts.Has("uploads") => Listing(
                facts, bucket, "ListMultipartUploads", "ListBucketMultipartUploads"),
            "GET" => Listing(
                facts, bucket, facts.Get("list-type") == "2" ? "ListObjectsV2" : "ListObjects", "ListBucket"),
            "HEAD" => Bucket("HeadBucket", "s3:ListBucket", arn, bucket),
            "PUT" => Bucket("CreateBucket", "s3:CreateBucket", arn, bucket),
            "DELETE" => Bucket("DeleteBucket", "s3:DeleteBucket", arn, bucket),
            "POST" when facts.Has("delete") => DeleteObjects(facts, bucket),
            _ => Classification.Unsupported(
                $"{facts.Method} on an S3 bucket without a known subresource is not supported locally"),
        };
    }

    private static Classification Bucket(string operation, string action, string arn, string bucket) =>
        Classification.Of(S3RequestClassifier.Single(operation, action, arn, bucket, null));

    private static Classification Configuration(S3RequestFacts facts, string bucket, string arn, string subresource)
    {
        var actions = S3Subresources.Bucket[subresource];
        var action = facts.Method switch
        {
            "GET" => actions.Get,
            "PUT" => actions.Put,
            "DELETE" => actions.Delete,
            _ => null,
        };
        if (action is null)
        {
            return Classification.Unsupported(
                $"{facts.Method} on the bucket subresource '{subresource}' is not supported locally");
        }

        var operation = S3Subresources.OperationFor(facts.Method, subresource, action);
        return Classification.Of(S3RequestClassifier.Single(operation, "s3:" + action, arn, bucket, null));
    }

    private static Classification Listing(S3RequestFacts facts, string bucket, string operation, string action)
    {
        var context = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (parameter, key) in new[]
                 {
                     ("prefix", "s3:prefix"), ("delimiter", "s3:delimiter"), ("max-keys", "s3:max-keys"),
                 })
        {
            if (facts.Get(parameter) is { } value)
            {
                context[key] = [value];
            }
        }

        return Classification.Of(S3RequestClassifier.Single(
            operation, "s3:" + action, S3RequestClassifier.BucketArn(bucket), bucket, context));
    }

    private static Classification DeleteObjects(S3RequestFacts facts, string bucket)
    {
        var keys = facts.Body is { } body ? S3RequestClassifier.DeleteKeys(body) : null;
        if (keys is null || keys.Count == 0)
        {
            return Classification.Unsupported("the DeleteObjects body is not a <Delete> document with keys");
        }

        var checks = keys
            .Select(key => new AccessCheck(
                "s3:DeleteObject", S3RequestClassifier.ObjectArn(bucket, key), AccessCheck.NoKeys, bucket))
            .ToList();
        return Classification.Of(new ClassifiedRequest(AwsService.S3, "DeleteObjects", checks) { Bucket = bucket });
    }
}
