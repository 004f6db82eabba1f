using System.Text;
using ImagePipeline.LocalCloud.Gateway;
using ImagePipeline.LocalCloud.Gateway.Forwarding;
using ImagePipeline.LocalCloud.Gateway.Signing;

namespace ImagePipeline.LocalCloud.Tests.Gateway;

public sealed class AwsChunkedStreamTests
{
    // The worked example of AWS's "Signature Calculations for the Authorization Header: Transferring Payload in
    // Multiple Chunks" documentation: 65 KiB of 'a' in two chunks, with the signatures AWS lists.
    private const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private const string SeedSignature = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";

    private const string FirstChunkSignature = "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648";

    private static byte[] DocumentedBody(string firstSignature = FirstChunkSignature)
    {
        var body = new MemoryStream();
        void Chunk(int size, string signature)
        {
            body.Write(Encoding.ASCII.GetBytes($"{size:x};chunk-signature={signature}\r\n"));
            body.Write(Enumerable.Repeat((byte)'a', size).ToArray());
            body.Write("\r\n"u8);
        }

        Chunk(65536, firstSignature);
        Chunk(1024, "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497");
        Chunk(0, "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9");
        return body.ToArray();
    }

    private static ChunkSigningContext DocumentedSigning() => new(
        SigV4.SigningKey(Secret, "20130524", "us-east-1", "s3"),
        "20130524T000000Z",
        "20130524/us-east-1/s3/aws4_request",
        SeedSignature);

    [Fact]
    public async Task ReadAsync_AwsDocumentedSignedChunks_DecodesTheWholePayload()
    {
        await using var sut = new AwsChunkedStream(
            new MemoryStream(DocumentedBody()), DocumentedSigning(), null, 66560);
        using var decoded = new MemoryStream();

        await sut.CopyToAsync(decoded, TestContext.Current.CancellationToken);

        Assert.Equal(66560, decoded.Length);
        Assert.All(decoded.ToArray(), b => Assert.Equal((byte)'a', b));
    }

    [Fact]
    public async Task ReadAsync_TamperedChunkSignature_RejectedBeforeAnyByteIsReleased()
    {
        var body = DocumentedBody(firstSignature: new string('0', 64));
        await using var sut = new AwsChunkedStream(new MemoryStream(body), DocumentedSigning(), null, 66560);
        var buffer = new byte[1024];

        var error = await Assert.ThrowsAsync<RequestRejectedException>(
            async () => await sut.ReadExactlyAsync(buffer, TestContext.Current.CancellationToken));

        Assert.Equal("SignatureDoesNotMatch", error.Error.Code);
    }

    [Fact]
    public async Task ReadAsync_UnsignedChunksWithCorrectCrc32Trailer_Decodes()
    {
        var body = "5\r\nhello\r\n0\r\nx-amz-checksum-crc32:NhCmhg==\r\n\r\n"u8.ToArray();
        await using var sut = new AwsChunkedStream(new MemoryStream(body), null, "x-amz-checksum-crc32", 5);
        using var reader = new StreamReader(sut);

        Assert.Equal("hello", await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ReadAsync_WrongCrc32Trailer_BadDigestBeforeTheLastBytesAreReleased()
    {
        var body = "5\r\nhellO\r\n0\r\nx-amz-checksum-crc32:NhCmhg==\r\n\r\n"u8.ToArray();
        await using var sut = new AwsChunkedStream(new MemoryStream(body), null, "x-amz-checksum-crc32", 5);
        var buffer = new byte[16];

        var error = await Assert.ThrowsAsync<RequestRejectedException>(
            async () => await sut.ReadExactlyAsync(buffer, TestContext.Current.CancellationToken));

        Assert.Equal("BadDigest", error.Error.Code);
    }

    [Fact]
    public async Task ReadAsync_MoreDataThanDeclared_IncompleteBody()
    {
        var body = "5\r\nhello\r\n0\r\n\r\n"u8.ToArray();
        await using var sut = new AwsChunkedStream(new MemoryStream(body), null, null, 4);
        using var decoded = new MemoryStream();

        var error = await Assert.ThrowsAsync<RequestRejectedException>(
            () => sut.CopyToAsync(decoded, TestContext.Current.CancellationToken));

        Assert.Equal("IncompleteBody", error.Error.Code);
    }

    [Theory]
    [InlineData("x-amz-checksum-crc32", "123456789", "y/Q5Jg==")]
    [InlineData("x-amz-checksum-crc32c", "123456789", "4waSgw==")]
    [InlineData("x-amz-checksum-sha256", "", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")]
    public void IncrementalChecksum_KnownVectors_Match(string header, string text, string expected)
    {
        var sut = IncrementalChecksum.For(header)!;

        sut.Append(Encoding.ASCII.GetBytes(text));

        Assert.Equal(expected, sut.ToBase64());
    }

    [Theory]
    [InlineData("x-amz-checksum-crc32")]
    [InlineData("x-amz-checksum-crc32c")]
    public void IncrementalChecksum_PiecesOfOddLengths_MatchTheWholeAtOnce(string header)
    {
        var data = Enumerable.Range(0, 1000).Select(i => (byte)(i * 31 + 7)).ToArray();
        var whole = IncrementalChecksum.For(header)!;
        whole.Append(data);
        var sut = IncrementalChecksum.For(header)!;

        foreach (var (start, length) in new[] { (0, 3), (3, 8), (11, 13), (24, 1), (25, 975) })
        {
            sut.Append(data.AsSpan(start, length));
        }

        Assert.Equal(whole.ToBase64(), sut.ToBase64());
        Assert.NotEqual(IncrementalChecksum.For(header)!.ToBase64(), sut.ToBase64());
    }
}
