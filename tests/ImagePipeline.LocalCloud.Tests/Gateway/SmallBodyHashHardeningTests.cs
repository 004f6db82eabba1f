using System.Text;
using ImagePipeline.LocalCloud.Gateway;
using ImagePipeline.LocalCloud.Gateway.Signing;

namespace ImagePipeline.LocalCloud.Tests.Gateway;

public sealed class SmallBodyHashHardeningTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("<Delete><Object><Key>k</Key></Object></Delete>");

    [Theory]
    [InlineData("foo")]
    [InlineData("STREAMING-UNSIGNED-PAYLOAD-TRAILER")]
    [InlineData("STREAMING-AWS4-HMAC-SHA256-PAYLOAD")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("")]
    public void SmallBodyMatches_AnythingButTheBodysHashOrUnsignedPayload_IsFalse(string payloadHash)
    {
        var sut = GatewayRequestHandler.SmallBodyMatches(Body, payloadHash);

        Assert.False(sut);
    }

    [Fact]
    public void SmallBodyMatches_TheBodysHashInEitherCaseOrUnsignedPayload_IsTrue()
    {
        var hash = SigV4.Sha256Hex(Body);

        Assert.True(GatewayRequestHandler.SmallBodyMatches(Body, hash));
        Assert.True(GatewayRequestHandler.SmallBodyMatches(Body, hash.ToUpperInvariant()));
        Assert.True(GatewayRequestHandler.SmallBodyMatches(Body, SigV4.UnsignedPayload));
    }
}
