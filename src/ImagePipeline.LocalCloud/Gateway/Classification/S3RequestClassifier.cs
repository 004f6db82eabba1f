using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>Classifies S3 requests into IAM actions, resource ARNs and S3 condition keys.</summary>
/// <remarks>
/// Anything not listed here is refused rather than guessed at: an unknown subresource could be an operation
/// with a different action, so forwarding it under a familiar one would let policies be bypassed.
/// </remarks>
internal static partial class S3RequestClassifier
{
    private static readonly string[] ObjectSubresourcesRefused =
        ["retention", "legal-hold", "restore", "select", "torrent", "renameObject"];

    private static readonly HashSet<string> NeutralParameters = new(StringComparer.Ordinal)
    {
        "list-type", "prefix", "delimiter", "max-keys", "marker", "continuation-token", "start-after",
        "fetch-owner", "encoding-type", "key-marker", "upload-id-marker", "version-id-marker", "max-uploads",
        "max-parts", "part-number-marker", "partNumber", "uploadId", "versionId", "response-content-type",
        "response-content-disposition", "response-content-encoding", "response-content-language",
        "response-cache-control", "response-expires", "x-id", "bucket-region", "max-buckets",
        "optional-object-attributes",
    };

    /// <summary>Classifies one S3 request.</summary>
    public static Classification Classify(S3RequestFacts facts)
    {
        var unknown = facts.Query.FirstOrDefault(pair =>
            !pair.Key.StartsWith("X-Amz-", StringComparison.Ordinal) && !NeutralParameters.Contains(pair.Key)
            && !S3Subresources.Bucket.ContainsKey(pair.Key) && !IsObjectSubresource(pair.Key));
        if (unknown.Key is not null)
        {
            return Classification.Unsupported(
                $"the S3 query parameter '{unknown.Key}' names an operation the local gateway does not support");
        }

        if (facts.Target.Bucket is null)
        {
            return facts.Method == "GET"
                ? Classification.Of(Single("ListBuckets", "s3:ListAllMyBuckets", "*", null, null))
                : Classification.Unsupported($"{facts.Method} on the S3 service root is not an S3 operation");
        }

        if (!BucketName().IsMatch(facts.Target.Bucket))
        {
            // The backend decodes the path before splitting it, so an encoded '/' in the bucket segment would
            // move part of the "bucket" into the key and make a bucket request an object request.
            return Classification.Unsupported(
                $"the bucket name '{facts.Target.Bucket}' is not 3-63 lowercase letters, digits, '.' or '-' " +
                "starting and ending with a letter or digit; do not percent-encode '/' in the bucket segment");
        }

        return facts.Target.Key is null ? S3BucketClassifier.Classify(facts) : ClassifyObject(facts);
    }

    /// <summary>The ARN of a bucket.</summary>
    public static string BucketArn(string bucket) => $"arn:aws:s3:::{bucket}";

    /// <summary>The ARN of an object.</summary>
    public static string ObjectArn(string bucket, string key) => $"arn:aws:s3:::{bucket}/{key}";

    /// <summary>A classified request with a single check.</summary>
    public static ClassifiedRequest Single(
        string operation,
        string action,
        string resource,
        string? bucket,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? context) =>
        new(AwsService.S3, operation, [new AccessCheck(action, resource, context ?? AccessCheck.NoKeys, bucket)])
        {
            Bucket = bucket,
        };

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();

    private static bool IsObjectSubresource(string name) =>
        name is "uploads" or "attributes" or "delete" or "versions" or "tagging" or "acl";

    private static Classification ClassifyObject(S3RequestFacts facts)
    {
        if (HasDotSegment(facts.Target.Key!))
        {
            // HTTP stacks may collapse "." and ".." segments, so the key checked could differ from the key stored.
            return Classification.Unsupported(
                $"the key '{facts.Target.Key}' has '.' or '..' path segments; rename the object without them");
        }

        var refused = ObjectSubresourcesRefused.FirstOrDefault(facts.Has);
        if (refused is not null)
        {
            return Classification.Unsupported($"the S3 object subresource '{refused}' is not supported locally");
        }

        return facts.Method switch
        {
            "GET" => Object(facts, ObjectRead(facts)),
            "HEAD" => Object(facts, ("HeadObject", facts.Has("versionId") ? "GetObjectVersion" : "GetObject")),
            "PUT" => ClassifyObjectPut(facts),
            "DELETE" => Object(facts, ObjectDelete(facts)),
            "POST" when facts.Has("uploads") => Object(facts, ("CreateMultipartUpload", "PutObject")),
            "POST" when facts.Has("uploadId") => Object(
                facts, ("CompleteMultipartUpload", "PutObject"), "ObjectCreated:CompleteMultipartUpload"),
            _ => Classification.Unsupported($"{facts.Method} on an S3 object is not an operation the gateway supports"),
        };
    }

    private static bool HasDotSegment(string key) => key.Split('/').Any(segment => segment is "." or "..");

    private static (string Operation, string Action) ObjectRead(S3RequestFacts facts)
    {
        var versioned = facts.Has("versionId");
        if (facts.Has("tagging"))
        {
            return ("GetObjectTagging", versioned ? "GetObjectVersionTagging" : "GetObjectTagging");
        }

        if (facts.Has("acl"))
        {
            return ("GetObjectAcl", versioned ? "GetObjectVersionAcl" : "GetObjectAcl");
        }

        if (facts.Has("uploadId"))
        {
            return ("ListParts", "ListMultipartUploadParts");
        }

        if (facts.Has("attributes"))
        {
            return ("GetObjectAttributes", versioned ? "GetObjectVersionAttributes" : "GetObjectAttributes");
        }

        return ("GetObject", versioned ? "GetObjectVersion" : "GetObject");
    }

    private static (string Operation, string Action) ObjectDelete(S3RequestFacts facts)
    {
        if (facts.Has("tagging"))
        {
            return ("DeleteObjectTagging", "DeleteObjectTagging");
        }

        if (facts.Has("uploadId"))
        {
            return ("AbortMultipartUpload", "AbortMultipartUpload");
        }

        return ("DeleteObject", facts.Has("versionId") ? "DeleteObjectVersion" : "DeleteObject");
    }

    private static Classification ClassifyObjectPut(S3RequestFacts facts)
    {
        if (facts.Has("tagging"))
        {
            return Object(facts, ("PutObjectTagging", "PutObjectTagging"));
        }

        if (facts.Has("acl"))
        {
            return Object(facts, ("PutObjectAcl", "PutObjectAcl"));
        }

        var copySource = facts.Headers("x-amz-copy-source");
        var isPart = facts.Has("uploadId") && facts.Has("partNumber");
        var operation = (isPart, copySource is not null) switch
        {
            (true, true) => "UploadPartCopy",
            (true, false) => "UploadPart",
            (false, true) => "CopyObject",
            _ => "PutObject",
        };
        var created = isPart ? null : copySource is null ? "ObjectCreated:Put" : "ObjectCreated:Copy";
        var result = Object(facts, (operation, "PutObject"), created);
        return copySource is null ? WithTagging(facts, result) : WithCopySource(result, copySource);
    }

    private static Classification Object(
        S3RequestFacts facts,
        (string Operation, string Action) kind,
        string? createdEvent = null)
    {
        var bucket = facts.Target.Bucket!;
        var context = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        AddHeaderKey(context, facts, "x-amz-acl", "s3:x-amz-acl");
        AddHeaderKey(context, facts, "x-amz-server-side-encryption", "s3:x-amz-server-side-encryption");
        if (facts.Get("versionId") is { } version)
        {
            context["s3:VersionId"] = [version];
        }

        var check = new AccessCheck("s3:" + kind.Action, ObjectArn(bucket, facts.Target.Key!), context, bucket);
        return Classification.Of(new ClassifiedRequest(AwsService.S3, kind.Operation, [check])
        {
            Bucket = bucket,
            Key = facts.Target.Key,
            ObjectCreatedEvent = createdEvent,
        });
    }

    private static Classification WithTagging(S3RequestFacts facts, Classification result)
    {
        if (facts.Headers("x-amz-tagging") is null || result.Request is not { } request)
        {
            return result;
        }

        var first = request.Checks[0];
        var tagging = first with { Action = "s3:PutObjectTagging" };
        return Classification.Of(request with { Checks = [first, tagging] });
    }

    private static Classification WithCopySource(Classification result, string copySource)
    {
        var source = Uri.UnescapeDataString(copySource.Split('?')[0]).TrimStart('/');
        var slash = source.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == source.Length - 1 || HasDotSegment(source) || result.Request is not { } request)
        {
            return Classification.Unsupported(
                $"x-amz-copy-source '{copySource}' is not of the form bucket/key; access points are not supported");
        }

        var sourceBucket = source[..slash];
        var read = new AccessCheck(
            "s3:GetObject", ObjectArn(sourceBucket, source[(slash + 1)..]), AccessCheck.NoKeys, sourceBucket);
        var destination = request.Checks[0] with
        {
            Context = new Dictionary<string, IReadOnlyList<string>>(request.Checks[0].Context)
            {
                ["s3:x-amz-copy-source"] = [copySource],
            },
        };
        return Classification.Of(request with { Checks = [destination, read] });
    }

    private static void AddHeaderKey(
        Dictionary<string, IReadOnlyList<string>> context,
        S3RequestFacts facts,
        string header,
        string key)
    {
        if (facts.Headers(header) is { } value)
        {
            context[key] = [value];
        }
    }

    /// <summary>Reads the keys of a <c>DeleteObjects</c> body.</summary>
    public static IReadOnlyList<string>? DeleteKeys(ReadOnlyMemory<byte> body)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(body.ToArray()), settings);
            var document = XDocument.Load(reader);
            return [.. document.Descendants().Where(e => e.Name.LocalName == "Key").Select(e => e.Value)];
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
