using System.Text;
using ImagePipeline.LocalCloud.Gateway.Forwarding;

namespace ImagePipeline.LocalCloud.Tests.Gateway;

public sealed class MultipartUploadsHardeningTests
{
    private const string Initiated = """
        <?xml version="1.0" encoding="UTF-8"?>
        <InitiateMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
          <Bucket>images</Bucket><Key>originals/alice/avatar.jpg</Key><UploadId>up-1</UploadId>
        </InitiateMultipartUploadResult>
        """;

    private static MultipartUploads Started()
    {
        var sut = new MultipartUploads();
        Assert.Equal("up-1", sut.Record(
            "images", "originals/alice/avatar.jpg", "arn:alice", Encoding.UTF8.GetBytes(Initiated)));
        return sut;
    }

    [Fact]
    public void Problem_TheKeyTheUploadWasStartedFor_IsNull()
    {
        var sut = Started();

        Assert.Null(sut.Problem("up-1", "images", "originals/alice/avatar.jpg"));
    }

    [Theory]
    [InlineData("images", "originals/mallory/x.jpg")]
    [InlineData("other", "originals/alice/avatar.jpg")]
    [InlineData("images", null)]
    public void Problem_AnotherBucketOrKey_NamesTheUpload(string bucket, string? key)
    {
        var sut = Started();

        Assert.Contains("up-1", sut.Problem("up-1", bucket, key), StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_UnknownOrForgottenUpload_IsRefused()
    {
        var sut = Started();

        sut.Forget("up-1");

        Assert.NotNull(sut.Problem("up-1", "images", "originals/alice/avatar.jpg"));
        Assert.NotNull(sut.Problem("never-started", "images", "originals/alice/avatar.jpg"));
    }
}
