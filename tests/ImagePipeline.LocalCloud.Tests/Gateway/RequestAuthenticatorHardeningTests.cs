using ImagePipeline.LocalCloud.Gateway.Authentication;
using ImagePipeline.LocalCloud.Gateway.Signing;
using Microsoft.AspNetCore.Http;

namespace ImagePipeline.LocalCloud.Tests.Gateway;

public sealed class RequestAuthenticatorHardeningTests
{
    private static SignedRequestInfo Signed(bool presigned, params string[] names) => new(
        "AKIA", "20260101", "us-east-1", "s3", names, "sig", "20260101T000000Z", DateTimeOffset.UnixEpoch, null,
        presigned, presigned ? TimeSpan.FromMinutes(5) : null);

    private static HeaderDictionary Headers(params string[] names) =>
        new(names.ToDictionary(name => name, _ => new Microsoft.Extensions.Primitives.StringValues("v")));

    [Theory]
    [InlineData("X-Amz-Copy-Source")]
    [InlineData("x-amz-acl")]
    [InlineData("Content-MD5")]
    [InlineData("Content-Type")]
    [InlineData("X-Amz-Target")]
    public void UnsignedHeader_MeaningfulHeaderAddedAfterSigning_IsNamed(string added)
    {
        var headers = Headers("Host", "X-Amz-Date", "X-Amz-Content-Sha256", added);

        var sut = RequestAuthenticator.UnsignedHeader(
            headers, Signed(false, "host", "x-amz-content-sha256", "x-amz-date"));

        Assert.Equal(added.ToLowerInvariant(), sut);
    }

    [Fact]
    public void UnsignedHeader_EverySuchHeaderSigned_IsNull()
    {
        var headers = Headers("Host", "X-Amz-Date", "Content-Type", "x-amz-acl", "User-Agent", "X-Amzn-Trace-Id");

        var sut = RequestAuthenticator.UnsignedHeader(
            headers, Signed(false, "content-type", "host", "x-amz-acl", "x-amz-date"));

        Assert.Null(sut);
    }

    [Fact]
    public void UnsignedHeader_PresignedWithAContentHashHeader_IsAllowedButOtherAmzHeadersAreNot()
    {
        var sut = RequestAuthenticator.UnsignedHeader(Headers("Host", "x-amz-content-sha256"), Signed(true, "host"));
        var other = RequestAuthenticator.UnsignedHeader(Headers("Host", "x-amz-acl"), Signed(true, "host"));

        Assert.Null(sut);
        Assert.Equal("x-amz-acl", other);
    }
}
