using System.Globalization;
using ImagePipeline.LocalCloud.Gateway.Signing;

namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>Decodes an <c>aws-chunked</c> body as it streams, checking each chunk before releasing its data.</summary>
/// <remarks>
/// Chunk signatures (signed modes) and the trailing checksum are verified before the bytes that complete the
/// body are handed on, so a tampered body never reaches the backend whole. One chunk is held at a time.
/// </remarks>
internal sealed class AwsChunkedStream : ReadOnlyForwardStream
{
    private const int MaxChunkSize = 16 * 1024 * 1024;

    private readonly ChunkReader _reader;
    private readonly ChunkSigningContext? _signing;
    private readonly string? _trailerName;
    private readonly IncrementalChecksum? _checksum;
    private readonly long _decodedLength;
    private string _previousSignature;
    private byte[] _chunk = [];
    private int _chunkOffset;
    private long _released;
    private bool _finished;

    /// <summary>Wraps a chunked body.</summary>
    /// <param name="inner">The raw request body.</param>
    /// <param name="signing">Chunk signing data for signed modes; null for unsigned chunks.</param>
    /// <param name="trailerName">The checksum header named by <c>x-amz-trailer</c>, or null.</param>
    /// <param name="decodedLength">The value of <c>x-amz-decoded-content-length</c>.</param>
    public AwsChunkedStream(Stream inner, ChunkSigningContext? signing, string? trailerName, long decodedLength)
    {
        _reader = new ChunkReader(inner);
        _signing = signing;
        _trailerName = trailerName;
        _checksum = trailerName is null ? null : IncrementalChecksum.For(trailerName);
        _decodedLength = decodedLength;
        _previousSignature = signing?.SeedSignature ?? string.Empty;
    }

    /// <inheritdoc />
    public override long Length => _decodedLength;

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_chunkOffset == _chunk.Length)
        {
            if (_finished)
            {
                return 0;
            }

            await ReadNextChunkAsync(cancellationToken);
        }

        var count = Math.Min(buffer.Length, _chunk.Length - _chunkOffset);
        _chunk.AsMemory(_chunkOffset, count).CopyTo(buffer);
        _chunkOffset += count;
        return count;
    }

    private async ValueTask ReadNextChunkAsync(CancellationToken cancellationToken)
    {
        var (size, signature) = ParseHeader(await _reader.ReadLineAsync(cancellationToken));
        var data = new byte[size];
        await _reader.ReadExactlyAsync(data, cancellationToken);
        if (size > 0 && await _reader.ReadLineAsync(cancellationToken) != string.Empty)
        {
            throw ChunkedBodyErrors.Malformed("a chunk is not followed by CRLF");
        }

        VerifyChunkSignature(signature, data);
        _checksum?.Append(data);
        _released += size;
        if (size == 0 || _released >= _decodedLength)
        {
            // Settle the rest of the body before releasing the bytes that complete it.
            await FinishAsync(size == 0, cancellationToken);
        }

        _chunk = data;
        _chunkOffset = 0;
    }

    private async ValueTask FinishAsync(bool atFinalChunk, CancellationToken cancellationToken)
    {
        if (!atFinalChunk)
        {
            var (size, signature) = ParseHeader(await _reader.ReadLineAsync(cancellationToken));
            if (size != 0)
            {
                throw ChunkedBodyErrors.WrongLength(_decodedLength, _released + size);
            }

            VerifyChunkSignature(signature, []);
        }

        if (_released != _decodedLength)
        {
            throw ChunkedBodyErrors.WrongLength(_decodedLength, _released);
        }

        await ReadTrailerAsync(cancellationToken);
        _finished = true;
    }

    private static (int Size, string? Signature) ParseHeader(string? line)
    {
        if (line is null)
        {
            throw ChunkedBodyErrors.Malformed("the body ended before the final chunk");
        }

        var semicolon = line.IndexOf(';', StringComparison.Ordinal);
        var hex = semicolon < 0 ? line : line[..semicolon];
        if (!int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size)
            || size is < 0 or > MaxChunkSize)
        {
            throw ChunkedBodyErrors.Malformed($"chunk size '{hex}' is not a hex number up to 16 MiB");
        }

        const string Prefix = "chunk-signature=";
        var extension = semicolon < 0 ? null : line[(semicolon + 1)..];
        var signature = extension is not null && extension.StartsWith(Prefix, StringComparison.Ordinal)
            ? extension[Prefix.Length..]
            : null;
        return (size, signature);
    }

    private void VerifyChunkSignature(string? signature, ReadOnlySpan<byte> data)
    {
        if (_signing is null)
        {
            return;
        }

        var stringToSign = $"AWS4-HMAC-SHA256-PAYLOAD\n{_signing.AmzDate}\n{_signing.Scope}\n" +
                           $"{_previousSignature}\n{SigV4.EmptyHash}\n{SigV4.Sha256Hex(data)}";
        var expected = SigV4.HmacHex(_signing.SigningKey, stringToSign);
        if (signature is null || !SigV4.SignaturesMatch(expected, signature))
        {
            throw ChunkedBodyErrors.BadSignature("chunk");
        }

        _previousSignature = expected;
    }

    private async ValueTask ReadTrailerAsync(CancellationToken cancellationToken)
    {
        var trailers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (await _reader.ReadLineAsync(cancellationToken) is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw ChunkedBodyErrors.Malformed($"trailer line '{line}' has no ':'");
            }

            trailers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        VerifyTrailerSignature(trailers);
        VerifyChecksum(trailers);
    }

    private void VerifyTrailerSignature(Dictionary<string, string> trailers)
    {
        if (_signing is null || _trailerName is null)
        {
            return;
        }

        var canonical = string.Concat(trailers
            .Where(pair => !pair.Key.Equals("x-amz-trailer-signature", StringComparison.OrdinalIgnoreCase))
            .Select(pair => $"{pair.Key.ToLowerInvariant()}:{pair.Value}\n"));
        var stringToSign = $"AWS4-HMAC-SHA256-TRAILER\n{_signing.AmzDate}\n{_signing.Scope}\n" +
                           $"{_previousSignature}\n{SigV4.Sha256Hex(canonical)}";
        var expected = SigV4.HmacHex(_signing.SigningKey, stringToSign);
        trailers.TryGetValue("x-amz-trailer-signature", out var sent);
        if (sent is null || !SigV4.SignaturesMatch(expected, sent))
        {
            throw ChunkedBodyErrors.BadSignature("trailer");
        }
    }

    private void VerifyChecksum(Dictionary<string, string> trailers)
    {
        if (_trailerName is null || _checksum is null)
        {
            return;
        }

        trailers.TryGetValue(_trailerName, out var sent);
        var actual = _checksum.ToBase64();
        if (sent != actual)
        {
            throw ChunkedBodyErrors.BadChecksum(_trailerName, sent ?? "(none)", actual);
        }
    }
}
