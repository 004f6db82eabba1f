using ImagePipeline.Core.Imaging.Headers;

namespace ImagePipeline.Core.Imaging;

/// <summary>Checks that a file's name does not claim a different format than its content.</summary>
/// <remarks>
/// Engines detect the format from content and ignore names; callers that receive a name (an upload key, a file)
/// use this to refuse files whose extension lies, which is how polyglot and disguised uploads usually arrive.
/// </remarks>
public static class ImageFileNames
{
    private static readonly Dictionary<string, ImageFormat> _extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = ImageFormat.Jpeg,
        [".jpeg"] = ImageFormat.Jpeg,
        [".jpe"] = ImageFormat.Jpeg,
        [".jfif"] = ImageFormat.Jpeg,
        [".png"] = ImageFormat.Png,
        [".webp"] = ImageFormat.WebP,
        [".gif"] = ImageFormat.Gif,
    };

    /// <summary>The format a file name's extension claims, or null when it names no image format.</summary>
    public static ImageFormat? FormatOf(string fileName) =>
        _extensions.TryGetValue(Path.GetExtension(fileName), out var format) ? format : null;

    /// <summary>The format detected from the content's leading bytes, or null when it is none of the four.</summary>
    public static ImageFormat? DetectFormat(ReadOnlySpan<byte> content) =>
        JpegHeaderReader.Matches(content) ? ImageFormat.Jpeg
        : PngHeaderReader.Matches(content) ? ImageFormat.Png
        : WebPHeaderReader.Matches(content) ? ImageFormat.WebP
        : GifHeaderReader.Matches(content) ? ImageFormat.Gif
        : null;

    /// <summary>Returns a rejection when the name's extension disagrees with the detected content, else null.</summary>
    /// <remarks>
    /// A name without an extension claims nothing and passes. Content of no allowed format also passes here,
    /// because the engine refuses it with <see cref="RejectionReason.UnsupportedFormat"/>.
    /// </remarks>
    public static ImageRejection? CheckExtension(string fileName, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName);
        if (extension.Length == 0 || DetectFormat(content) is not { } actual)
        {
            return null;
        }

        var claimed = FormatOf(fileName);
        return claimed == actual
            ? null
            : new ImageRejection(
                RejectionReason.ExtensionMismatch,
                $"'{Path.GetFileName(fileName)}' is named {extension} but its content is {actual}; " +
                $"rename it to .{ImageFormats.Extension(actual)} if that is what it is.");
    }
}
