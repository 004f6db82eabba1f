using System.Buffers.Binary;

namespace ImagePipeline.Core.Imaging.Headers;

/// <summary>Bounds-checked reads of integers from untrusted bytes.</summary>
internal static class ByteReader
{
    public static bool TryUInt16BigEndian(ReadOnlySpan<byte> data, int offset, out int value)
    {
        value = 0;
        if (offset < 0 || offset > data.Length - 2)
        {
            return false;
        }

        value = BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);
        return true;
    }

    public static bool TryUInt16LittleEndian(ReadOnlySpan<byte> data, int offset, out int value)
    {
        value = 0;
        if (offset < 0 || offset > data.Length - 2)
        {
            return false;
        }

        value = BinaryPrimitives.ReadUInt16LittleEndian(data[offset..]);
        return true;
    }

    public static bool TryUInt32BigEndian(ReadOnlySpan<byte> data, int offset, out uint value)
    {
        value = 0;
        if (offset < 0 || offset > data.Length - 4)
        {
            return false;
        }

        value = BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);
        return true;
    }

    public static bool TryUInt32LittleEndian(ReadOnlySpan<byte> data, int offset, out uint value)
    {
        value = 0;
        if (offset < 0 || offset > data.Length - 4)
        {
            return false;
        }

        value = BinaryPrimitives.ReadUInt32LittleEndian(data[offset..]);
        return true;
    }

    public static int UInt24LittleEndian(ReadOnlySpan<byte> data, int offset) =>
        data[offset] | (data[offset + 1] << 8) | (data[offset + 2] << 16);
}
