using ImagePipeline.LocalCloud.Gateway.Forwarding;

namespace ImagePipeline.LocalCloud.Tests.Gateway;

public sealed class ForwardedHeadersHardeningTests
{
    [Fact]
    public void ConnectionListed_CommaSeparatedNames_AreAllMatchedIgnoringCase()
    {
        var sut = ForwardedHeaders.ConnectionListed(" keep-alive , X-Forward-Me,x-amz-meta-secret ");

        Assert.Contains("Keep-Alive", sut);
        Assert.Contains("x-forward-me", sut);
        Assert.Contains("X-Amz-Meta-Secret", sut);
        Assert.DoesNotContain("Content-Type", sut);
    }

    [Fact]
    public void ConnectionListed_NoConnectionHeader_IsEmpty()
    {
        var sut = ForwardedHeaders.ConnectionListed(null);

        Assert.Empty(sut);
    }
}
