using ImagePipeline.LocalCloud.Gateway.Classification;

namespace ImagePipeline.LocalCloud.Tests.Gateway;

public sealed class S3ClassifierHardeningTests
{
    private static Classification Classify(string method, string path, string host = "127.0.0.1:4566") =>
        S3RequestClassifier.Classify(new S3RequestFacts(method, S3Target.Parse(host, path), [], _ => null));

    [Theory]
    [InlineData("/images%2Foriginals%2Falice%2Fsecret.jpg")]
    [InlineData("/images%2foriginals/alice/secret.jpg")]
    [InlineData("/Images/originals/alice/a.jpg")]
    [InlineData("/ab/originals/alice/a.jpg")]
    [InlineData("/-images/k")]
    [InlineData("/images%20x/k")]
    public void Classify_PathStyleBucketThatIsNotABucketName_IsRefusedNamingIt(string path)
    {
        var sut = Classify("GET", path);

        Assert.Null(sut.Request);
        Assert.Contains("bucket name", sut.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_VirtualHostedBucketThatIsNotABucketName_IsRefused()
    {
        var sut = Classify("GET", "/k", host: "Bad_Bucket.localhost:4566");

        Assert.Null(sut.Request);
    }

    [Fact]
    public void Classify_ValidBucketWithEncodedSlashInTheKey_IsAnObjectRequestOnTheDecodedKey()
    {
        var sut = Classify("GET", "/images/originals%2Falice%2Fa.jpg");

        Assert.Equal("arn:aws:s3:::images/originals/alice/a.jpg", sut.Request!.Checks[0].Resource);
    }

    [Fact]
    public void Parse_VirtualHostedPathWithTwoLeadingSlashes_KeepsTheSecondInTheKey()
    {
        var sut = S3Target.Parse("images.localhost:4566", "//originals/mallory/x.jpg");

        Assert.Equal("images", sut.Bucket);
        Assert.Equal("/originals/mallory/x.jpg", sut.Key);
    }

    [Fact]
    public void Classify_VirtualHostedPathWithTwoLeadingSlashes_IsAuthorisedOnTheKeyTheBackendStores()
    {
        var sut = Classify("PUT", "//originals/mallory/x.jpg", host: "images.localhost:4566");

        Assert.Equal("arn:aws:s3:::images//originals/mallory/x.jpg", sut.Request!.Checks[0].Resource);
    }
}
