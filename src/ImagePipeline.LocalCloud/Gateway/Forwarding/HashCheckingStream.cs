using System.Security.Cryptography;

namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>Passes a body through while hashing it, refusing to release its last bytes if the hash is wrong.</summary>
internal sealed class HashCheckingStream : ReadOnlyForwardStream
{
    private readonly Stream _inner;
    private readonly string _expectedHex;
    private readonly long _length;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _read;

    /// <summary>Wraps a body of known length whose SHA-256 must equal <paramref name="expectedHex"/>.</summary>
    public HashCheckingStream(Stream inner, string expectedHex, long length)
    {
        _inner = inner;
        _expectedHex = expectedHex.ToLowerInvariant();
        _length = length;
    }

    /// <inheritdoc />
    public override long Length => _length;

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var remaining = _length - _read;
        if (remaining <= 0)
        {
            return 0;
        }

        var count = await _inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, remaining)], cancellationToken);
        if (count == 0)
        {
            throw ChunkedBodyErrors.Malformed($"the body ended after {_read} of {_length} bytes");
        }

        _hash.AppendData(buffer.Span[..count]);
        _read += count;
        if (_read == _length)
        {
            var actual = Convert.ToHexStringLower(_hash.GetCurrentHash());
            if (actual != _expectedHex)
            {
                throw new RequestRejectedException(new GatewayError(
                    "XAmzContentSHA256Mismatch",
                    $"The provided 'x-amz-content-sha256' header ({_expectedHex}) does not match what was " +
                    $"computed ({actual}).",
                    400));
            }
        }

        return count;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
