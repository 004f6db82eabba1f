using System.Globalization;
using ImagePipeline.LocalCloud.Gateway.Signing;
using Microsoft.AspNetCore.Http;

namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>Chooses how an S3 body is checked on its way through, from its payload hash mode.</summary>
internal static class S3BodyStreams
{
    private const string SignedChunks = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
    private const string SignedChunksTrailer = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
    private const string UnsignedTrailer = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

    /// <summary>The body to forward, decoded and checked as it streams; null when the request has none.</summary>
    /// <remarks>When a body stream is returned, <paramref name="source"/> has already invited the caller to send
    /// it; the caller must settle <paramref name="source"/> once the backend request is over.</remarks>
    public static HttpContent? Open(
        HttpRequest request,
        InvitedRequestBody source,
        SignedRequestInfo signature,
        string payloadHash,
        byte[] signingKey,
        out GatewayError? problem)
    {
        problem = null;
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0
            || payloadHash.StartsWith("STREAMING-", StringComparison.Ordinal);
        if (!hasBody)
        {
            return HttpMethods.IsPut(request.Method) || HttpMethods.IsPost(request.Method)
                ? new ByteArrayContent([])
                : null;
        }

        var (stream, length) = payloadHash.StartsWith("STREAMING-", StringComparison.Ordinal)
            ? Chunked(request, source, signature, payloadHash, signingKey, out problem)
            : Plain(request, source, payloadHash, out problem);
        if (stream is null)
        {
            return null;
        }

        source.Invite(request.HttpContext.RequestAborted);
        var content = new StreamContent(stream, 64 * 1024);
        content.Headers.ContentLength = length;
        return content;
    }

    private static (Stream? Stream, long? Length) Chunked(
        HttpRequest request,
        Stream source,
        SignedRequestInfo signature,
        string payloadHash,
        byte[] signingKey,
        out GatewayError? problem)
    {
        problem = null;
        if (payloadHash is not (SignedChunks or SignedChunksTrailer or UnsignedTrailer))
        {
            problem = new GatewayError(
                "NotImplemented", $"The payload mode '{payloadHash}' is not supported locally.", 501);
            return (null, null);
        }

        var declared = request.Headers["x-amz-decoded-content-length"].ToString();
        if (!long.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var decoded))
        {
            problem = new GatewayError(
                "MissingContentLength", "An aws-chunked body needs x-amz-decoded-content-length.", 411);
            return (null, null);
        }

        var trailer = request.Headers["x-amz-trailer"].ToString();
        if (trailer.Length > 0 && IncrementalChecksum.For(trailer) is null)
        {
            problem = new GatewayError(
                "InvalidRequest",
                $"The trailing checksum '{trailer}' is not supported locally; use CRC32, CRC32C, SHA1 or SHA256.",
                400);
            return (null, null);
        }

        var signing = payloadHash == UnsignedTrailer
            ? null
            : new ChunkSigningContext(signingKey, signature.AmzDate, signature.Scope, signature.Signature);
        return (new AwsChunkedStream(source, signing, trailer.Length == 0 ? null : trailer, decoded), decoded);
    }

    private static (Stream? Stream, long? Length) Plain(
        HttpRequest request,
        Stream source,
        string payloadHash,
        out GatewayError? problem)
    {
        problem = null;
        if (payloadHash == SigV4.UnsignedPayload)
        {
            return (source, request.ContentLength);
        }

        if (payloadHash.Length != 64 || !payloadHash.All(char.IsAsciiHexDigit))
        {
            problem = new GatewayError(
                "InvalidArgument", $"x-amz-content-sha256 '{payloadHash}' is not a SHA-256 or a known mode.", 400);
            return (null, null);
        }

        if (request.ContentLength is not { } length)
        {
            problem = new GatewayError("MissingContentLength", "You must provide the Content-Length HTTP header.", 411);
            return (null, null);
        }

        return (new HashCheckingStream(source, payloadHash, length), length);
    }
}
