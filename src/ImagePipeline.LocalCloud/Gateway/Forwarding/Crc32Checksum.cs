namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>A table-driven CRC-32 over a reflected polynomial: IEEE for CRC32, Castagnoli for CRC32C.</summary>
internal sealed class Crc32Checksum : IncrementalChecksum
{
    private static readonly uint[] IeeeTable = BuildTable(0xEDB88320u);
    private static readonly uint[] CastagnoliTable = BuildTable(0x82F63B78u);

    private readonly uint[] _table;
    private uint _crc = 0xFFFFFFFFu;

    private Crc32Checksum(uint[] table) => _table = table;

    /// <summary>A CRC-32 (IEEE 802.3), as <c>x-amz-checksum-crc32</c> uses.</summary>
    public static Crc32Checksum Ieee() => new(IeeeTable);

    /// <summary>A CRC-32C (Castagnoli), as <c>x-amz-checksum-crc32c</c> uses.</summary>
    public static Crc32Checksum Castagnoli() => new(CastagnoliTable);

    /// <inheritdoc />
    public override void Append(ReadOnlySpan<byte> data)
    {
        var crc = _crc;
        foreach (var b in data)
        {
            crc = _table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        _crc = crc;
    }

    /// <inheritdoc />
    public override string ToBase64()
    {
        var value = ~_crc;
        byte[] bigEndian = [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
        return Convert.ToBase64String(bigEndian);
    }

    private static uint[] BuildTable(uint polynomial)
    {
        var table = new uint[256];
        for (var i = 0u; i < 256; i++)
        {
            var crc = i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ polynomial : crc >> 1;
            }

            table[i] = crc;
        }

        return table;
    }
}
