using System.Security.Cryptography;

namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>A flexible checksum computed while a body streams, compared with the one the client sent.</summary>
internal abstract class IncrementalChecksum
{
    /// <summary>Adds the next bytes of the body.</summary>
    public abstract void Append(ReadOnlySpan<byte> data);

    /// <summary>The checksum so far, base64-encoded as the <c>x-amz-checksum-*</c> headers carry it.</summary>
    public abstract string ToBase64();

    /// <summary>The checksum for an <c>x-amz-checksum-*</c> header name, or null when it is not supported.</summary>
    public static IncrementalChecksum? For(string headerName) => headerName.ToLowerInvariant() switch
    {
        "x-amz-checksum-crc32" => Crc32Checksum.Ieee(),
        "x-amz-checksum-crc32c" => Crc32Checksum.Castagnoli(),
        "x-amz-checksum-sha1" => new HashChecksum(IncrementalHash.CreateHash(HashAlgorithmName.SHA1)),
        "x-amz-checksum-sha256" => new HashChecksum(IncrementalHash.CreateHash(HashAlgorithmName.SHA256)),
        _ => null,
    };

    private sealed class HashChecksum(IncrementalHash hash) : IncrementalChecksum
    {
        public override void Append(ReadOnlySpan<byte> data) => hash.AppendData(data);

        public override string ToBase64() => Convert.ToBase64String(hash.GetCurrentHash());
    }
}
