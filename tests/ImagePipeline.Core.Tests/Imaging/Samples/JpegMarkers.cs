using System.Buffers.Binary;

namespace ImagePipeline.Core.Tests.Imaging.Samples;

/// <summary>Lists a JPEG's marker segments up to its first scan, where metadata would live.</summary>
public static class JpegMarkers
{
    public static IReadOnlyList<byte> BeforeScan(ReadOnlySpan<byte> jpeg)
    {
        var markers = new List<byte>();
        var position = 2;
        while (position + 4 <= jpeg.Length && jpeg[position] == 0xFF)
        {
            var marker = jpeg[position + 1];
            markers.Add(marker);
            if (marker == 0xDA)
            {
                break;
            }

            position += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg[(position + 2)..]);
        }

        return markers;
    }
}
