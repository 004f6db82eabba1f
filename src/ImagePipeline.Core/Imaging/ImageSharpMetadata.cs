using SixLabors.ImageSharp;

namespace ImagePipeline.Core.Imaging;

/// <summary>Removes every profile and text block an ImageSharp encoder would otherwise copy into a variant.</summary>
internal static class ImageSharpMetadata
{
    /// <summary>Strips EXIF (with its GPS block), XMP, IPTC, ICC, PNG text and GIF comments.</summary>
    /// <remarks>Call after auto-orientation, which reads the EXIF orientation this removes.</remarks>
    public static void Strip(Image image)
    {
        var metadata = image.Metadata;
        metadata.ExifProfile = null;
        metadata.XmpProfile = null;
        metadata.IptcProfile = null;
        metadata.IccProfile = null;
        metadata.GetPngMetadata().TextData.Clear();
        metadata.GetGifMetadata().Comments.Clear();
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.IccProfile = null;
        }
    }
}
