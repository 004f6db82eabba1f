using System.Net;
using ImagePipeline.LocalCloud.Gateway.Forwarding;
using Microsoft.AspNetCore.Http;

namespace ImagePipeline.LocalCloud.Tests.Gateway;

public sealed class ResponseHeadersTests
{
    [Fact]
    public void CopyResponseHeaders_HeaderListedInConnection_StopsAtTheGateway()
    {
        using var backend = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1]) };
        backend.Headers.TryAddWithoutValidation("Connection", "x-backend-hop, Keep-Alive");
        backend.Headers.TryAddWithoutValidation("X-Backend-Hop", "meant for the gateway only");
        backend.Headers.TryAddWithoutValidation("Keep-Alive", "timeout=5");
        backend.Headers.TryAddWithoutValidation("x-amz-request-id", "R1");
        var sut = new DefaultHttpContext().Response;

        BackendForwarder.CopyResponseHeaders(backend, sut);

        Assert.False(sut.Headers.ContainsKey("X-Backend-Hop"));
        Assert.False(sut.Headers.ContainsKey("Keep-Alive"));
        Assert.False(sut.Headers.ContainsKey("Connection"));
        Assert.Equal("R1", sut.Headers["x-amz-request-id"].ToString());
    }

    [Theory]
    [InlineData("Transfer-Encoding", "chunked")]
    [InlineData("Proxy-Connection", "keep-alive")]
    [InlineData("TE", "trailers")]
    [InlineData("Trailer", "x-amz-checksum-crc32")]
    [InlineData("Upgrade", "h2c")]
    [InlineData("Server", "Werkzeug")]
    public void CopyResponseHeaders_StandardHopByHopHeader_StopsAtTheGateway(string name, string value)
    {
        using var backend = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1]) };
        backend.Headers.TryAddWithoutValidation(name, value);
        backend.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue("\"e\"");
        var sut = new DefaultHttpContext().Response;

        BackendForwarder.CopyResponseHeaders(backend, sut);

        Assert.False(sut.Headers.ContainsKey(name));
        Assert.Equal("\"e\"", sut.Headers.ETag.ToString());
    }

    [Fact]
    public void CopyResponseHeaders_EndToEndContentHeaders_ArePassedOn()
    {
        using var backend = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2]) };
        backend.Content.Headers.TryAddWithoutValidation("Content-Type", "image/png");
        backend.Content.Headers.ContentLength = 2;
        var sut = new DefaultHttpContext().Response;

        BackendForwarder.CopyResponseHeaders(backend, sut);

        Assert.Equal("image/png", sut.Headers.ContentType.ToString());
        Assert.Equal("2", sut.Headers.ContentLength.ToString());
    }
}
