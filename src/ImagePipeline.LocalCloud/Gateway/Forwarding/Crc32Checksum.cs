using System.Buffers.Binary;
using System.IO.Hashing;
using System.Numerics;

namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>A CRC-32 over a reflected polynomial: IEEE for CRC32, Castagnoli for CRC32C.</summary>
/// <remarks>Both use the processor's CRC instructions where it has them (carry-less multiply for IEEE, the SSE4.2 or
/// Arm CRC32C instruction for Castagnoli): a byte-at-a-time table cost about 150 µs per 64 KiB upload, a tenth of
/// the gateway's whole overhead on an SDK PutObject.</remarks>
internal sealed class Crc32Checksum : IncrementalChecksum
{
    private readonly Crc32? _ieee;
    private uint _castagnoli = 0xFFFFFFFFu;

    private Crc32Checksum(Crc32? ieee) => _ieee = ieee;

    /// <summary>A CRC-32 (IEEE 802.3), as <c>x-amz-checksum-crc32</c> uses.</summary>
    public static Crc32Checksum Ieee() => new(new Crc32());

    /// <summary>A CRC-32C (Castagnoli), as <c>x-amz-checksum-crc32c</c> uses.</summary>
    public static Crc32Checksum Castagnoli() => new(null);

    /// <inheritdoc />
    public override void Append(ReadOnlySpan<byte> data)
    {
        if (_ieee is not null)
        {
            _ieee.Append(data);
            return;
        }

        var crc = _castagnoli;
        var whole = data.Length & ~7;
        for (var offset = 0; offset < whole; offset += 8)
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data[offset..]));
        }

        foreach (var b in data[whole..])
        {
            crc = BitOperations.Crc32C(crc, b);
        }

        _castagnoli = crc;
    }

    /// <inheritdoc />
    public override string ToBase64()
    {
        var value = _ieee?.GetCurrentHashAsUInt32() ?? ~_castagnoli;
        var bigEndian = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bigEndian, value);
        return Convert.ToBase64String(bigEndian);
    }
}
