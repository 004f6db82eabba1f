using NetVips;

namespace ImagePipeline.Core.Imaging;

/// <summary>What libvips reads from an image's header: its displayed size and whether it carries a profile.</summary>
/// <param name="Size">The size after EXIF orientation.</param>
/// <param name="HasIccProfile">Whether an ICC profile is embedded, which makes the output need conversion.</param>
internal readonly record struct VipsProbe(PixelSize Size, bool HasIccProfile)
{
    private const string Orientation = "orientation";
    private const string IccProfile = "icc-profile-data";

    /// <summary>Reads the header lazily: no pixel is decoded.</summary>
    /// <exception cref="VipsException">The header cannot be read.</exception>
    public static VipsProbe Read(byte[] buffer)
    {
        using var image = Image.NewFromBuffer(buffer, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
        var orientation = image.GetTypeOf(Orientation) == IntPtr.Zero ? 1 : (int)image.Get(Orientation);

        // Orientations 5 to 8 turn the image a quarter: the displayed width is the stored height.
        var size = orientation is >= 5 and <= 8
            ? new PixelSize(image.Height, image.Width)
            : new PixelSize(image.Width, image.Height);
        return new VipsProbe(size, image.GetTypeOf(IccProfile) != IntPtr.Zero);
    }
}
