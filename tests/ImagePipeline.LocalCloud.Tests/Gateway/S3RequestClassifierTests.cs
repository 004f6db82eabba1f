using ImagePipeline.LocalCloud.Gateway.Classification;
using ImagePipeline.LocalCloud.Gateway.Signing;

namespace ImagePipeline.LocalCloud.Tests.Gateway;

public sealed class S3RequestClassifierTests
{
    private static Classification Classify(
        string method,
        string target,
        Dictionary<string, string>? headers = null,
        string host = "127.0.0.1:4566",
        byte[]? body = null)
    {
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? target : target[..question];
        var query = question < 0 ? [] : AwsUri.ParseQuery(target[(question + 1)..]);
        var facts = new S3RequestFacts(
            method,
            S3Target.Parse(host, path),
            query,
            name => headers is not null && headers.TryGetValue(name, out var value) ? value : null,
            body);
        return S3RequestClassifier.Classify(facts);
    }

    [Theory]
    [InlineData(
        "GET", "/bkt/originals/alice/a.jpg", "GetObject", "s3:GetObject", "arn:aws:s3:::bkt/originals/alice/a.jpg")]
    [InlineData("HEAD", "/bkt/k", "HeadObject", "s3:GetObject", "arn:aws:s3:::bkt/k")]
    [InlineData("GET", "/bkt/k?versionId=v1", "GetObject", "s3:GetObjectVersion", "arn:aws:s3:::bkt/k")]
    [InlineData("PUT", "/bkt/k", "PutObject", "s3:PutObject", "arn:aws:s3:::bkt/k")]
    [InlineData("DELETE", "/bkt/k", "DeleteObject", "s3:DeleteObject", "arn:aws:s3:::bkt/k")]
    [InlineData("DELETE", "/bkt/k?versionId=v1", "DeleteObject", "s3:DeleteObjectVersion", "arn:aws:s3:::bkt/k")]
    [InlineData("GET", "/bkt/k?tagging", "GetObjectTagging", "s3:GetObjectTagging", "arn:aws:s3:::bkt/k")]
    [InlineData("PUT", "/bkt/k?tagging", "PutObjectTagging", "s3:PutObjectTagging", "arn:aws:s3:::bkt/k")]
    [InlineData("DELETE", "/bkt/k?tagging", "DeleteObjectTagging", "s3:DeleteObjectTagging", "arn:aws:s3:::bkt/k")]
    [InlineData("GET", "/bkt/k?acl", "GetObjectAcl", "s3:GetObjectAcl", "arn:aws:s3:::bkt/k")]
    [InlineData("PUT", "/bkt/k?acl", "PutObjectAcl", "s3:PutObjectAcl", "arn:aws:s3:::bkt/k")]
    [InlineData("GET", "/bkt/k?attributes", "GetObjectAttributes", "s3:GetObjectAttributes", "arn:aws:s3:::bkt/k")]
    [InlineData("POST", "/bkt/k?uploads", "CreateMultipartUpload", "s3:PutObject", "arn:aws:s3:::bkt/k")]
    [InlineData("PUT", "/bkt/k?partNumber=1&uploadId=u", "UploadPart", "s3:PutObject", "arn:aws:s3:::bkt/k")]
    [InlineData("POST", "/bkt/k?uploadId=u", "CompleteMultipartUpload", "s3:PutObject", "arn:aws:s3:::bkt/k")]
    [InlineData("DELETE", "/bkt/k?uploadId=u", "AbortMultipartUpload", "s3:AbortMultipartUpload", "arn:aws:s3:::bkt/k")]
    [InlineData("GET", "/bkt/k?uploadId=u", "ListParts", "s3:ListMultipartUploadParts", "arn:aws:s3:::bkt/k")]
    [InlineData("GET", "/bkt?list-type=2", "ListObjectsV2", "s3:ListBucket", "arn:aws:s3:::bkt")]
    [InlineData("GET", "/bkt", "ListObjects", "s3:ListBucket", "arn:aws:s3:::bkt")]
    [InlineData("GET", "/bkt?versions", "ListObjectVersions", "s3:ListBucketVersions", "arn:aws:s3:::bkt")]
    [InlineData("GET", "/bkt?uploads", "ListMultipartUploads", "s3:ListBucketMultipartUploads", "arn:aws:s3:::bkt")]
    [InlineData("HEAD", "/bkt", "HeadBucket", "s3:ListBucket", "arn:aws:s3:::bkt")]
    [InlineData("PUT", "/bkt", "CreateBucket", "s3:CreateBucket", "arn:aws:s3:::bkt")]
    [InlineData("DELETE", "/bkt", "DeleteBucket", "s3:DeleteBucket", "arn:aws:s3:::bkt")]
    [InlineData("GET", "/bkt?policy", "GetBucketPolicy", "s3:GetBucketPolicy", "arn:aws:s3:::bkt")]
    [InlineData("PUT", "/bkt?policy", "PutBucketPolicy", "s3:PutBucketPolicy", "arn:aws:s3:::bkt")]
    [InlineData("DELETE", "/bkt?policy", "DeleteBucketPolicy", "s3:DeleteBucketPolicy", "arn:aws:s3:::bkt")]
    [InlineData("PUT", "/bkt?notification", "PutBucketNotificationConfiguration", "s3:PutBucketNotification",
        "arn:aws:s3:::bkt")]
    [InlineData("GET", "/bkt?location", "GetBucketLocation", "s3:GetBucketLocation", "arn:aws:s3:::bkt")]
    [InlineData("PUT", "/bkt?versioning", "PutBucketVersioning", "s3:PutBucketVersioning", "arn:aws:s3:::bkt")]
    [InlineData("DELETE", "/bkt?encryption", "DeleteBucketEncryption", "s3:PutEncryptionConfiguration",
        "arn:aws:s3:::bkt")]
    [InlineData("GET", "/", "ListBuckets", "s3:ListAllMyBuckets", "*")]
    public void Classify_EachSupportedOperation_GivesItsActionAndResource(
        string method,
        string target,
        string operation,
        string action,
        string resource)
    {
        var sut = Classify(method, target);

        Assert.Null(sut.Problem);
        Assert.Equal(operation, sut.Request!.Operation);
        Assert.Equal(action, sut.Request.Checks[0].Action);
        Assert.Equal(resource, sut.Request.Checks[0].Resource);
    }

    [Fact]
    public void Classify_ListWithPrefixDelimiterAndMaxKeys_CarriesThemAsS3ConditionKeys()
    {
        var sut = Classify("GET", "/bkt?list-type=2&prefix=originals%2Falice%2F&delimiter=%2F&max-keys=10");

        var context = sut.Request!.Checks[0].Context;
        Assert.Equal(["originals/alice/"], context["s3:prefix"]);
        Assert.Equal(["/"], context["s3:delimiter"]);
        Assert.Equal(["10"], context["s3:max-keys"]);
    }

    [Fact]
    public void Classify_ListWithoutPrefix_LeavesThePrefixKeyAbsent()
    {
        var sut = Classify("GET", "/bkt?list-type=2");

        Assert.False(sut.Request!.Checks[0].Context.ContainsKey("s3:prefix"));
    }

    [Fact]
    public void Classify_CopyObject_ChecksPutOnTargetAndGetOnSource()
    {
        var sut = Classify(
            "PUT", "/bkt/processed/alice/x", new() { ["x-amz-copy-source"] = "/src/originals/bob/y%20z" });

        Assert.Equal("CopyObject", sut.Request!.Operation);
        Assert.Equal("ObjectCreated:Copy", sut.Request.ObjectCreatedEvent);
        Assert.Equal(
            [
                ("s3:PutObject", "arn:aws:s3:::bkt/processed/alice/x"),
                ("s3:GetObject", "arn:aws:s3:::src/originals/bob/y z"),
            ],
            sut.Request.Checks.Select(c => (c.Action, c.Resource)));
        Assert.Equal("src", sut.Request.Checks[1].Bucket);
    }

    [Fact]
    public void Classify_PutObjectWithTaggingHeader_AlsoNeedsPutObjectTagging()
    {
        var sut = Classify("PUT", "/bkt/k", new() { ["x-amz-tagging"] = "a=b" });

        Assert.Equal(["s3:PutObject", "s3:PutObjectTagging"], sut.Request!.Checks.Select(c => c.Action));
    }

    [Fact]
    public void Classify_PutObject_ProducesThePutEvent()
    {
        var sut = Classify("PUT", "/bkt/originals/alice/a.jpg");

        Assert.Equal("ObjectCreated:Put", sut.Request!.ObjectCreatedEvent);
        Assert.Equal("originals/alice/a.jpg", sut.Request.Key);
    }

    [Fact]
    public void Classify_VirtualHostedStyle_ReadsTheBucketFromTheHost()
    {
        var sut = Classify("GET", "/originals/alice/a%2Bb.jpg", host: "images.localhost:4566");

        Assert.Equal("arn:aws:s3:::images/originals/alice/a+b.jpg", sut.Request!.Checks[0].Resource);
    }

    [Fact]
    public void Classify_DeleteObjects_ChecksDeleteObjectForEveryKey()
    {
        var body = ("<Delete><Object><Key>originals/alice/a</Key></Object>"u8.ToArray())
            .Concat("<Object><Key>originals/bob/b</Key></Object></Delete>"u8.ToArray())
            .ToArray();

        var sut = Classify("POST", "/bkt?delete", body: body);

        Assert.Equal(
            ["arn:aws:s3:::bkt/originals/alice/a", "arn:aws:s3:::bkt/originals/bob/b"],
            sut.Request!.Checks.Select(c => c.Resource));
        Assert.All(sut.Request.Checks, c => Assert.Equal("s3:DeleteObject", c.Action));
    }

    [Theory]
    [InlineData("GET", "/bkt/k?torrent")]
    [InlineData("POST", "/bkt/k?restore")]
    [InlineData("GET", "/bkt?accelerate")]
    [InlineData("GET", "/bkt?replication")]
    [InlineData("POST", "/bkt")]
    [InlineData("PUT", "/")]
    [InlineData("PUT", "/bkt?location")]
    [InlineData("GET", "/bkt/originals/alice/../bob/x")]
    public void Classify_OperationsTheGatewayCannotClassify_AreUnsupportedNotGuessed(string method, string target)
    {
        var sut = Classify(method, target);

        Assert.Null(sut.Request);
        Assert.False(string.IsNullOrEmpty(sut.Problem));
    }
}
