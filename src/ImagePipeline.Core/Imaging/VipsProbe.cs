using NetVips;

namespace ImagePipeline.Core.Imaging;

/// <summary>What libvips reads from an image's header: stored size, EXIF orientation, embedded profile.</summary>
/// <param name="StoredSize">The size as stored, before EXIF orientation.</param>
/// <param name="Orientation">The EXIF orientation, 1 (upright) to 8.</param>
/// <param name="HasIccProfile">Whether an ICC profile is embedded, which makes the output need conversion.</param>
internal readonly record struct VipsProbe(PixelSize StoredSize, int Orientation, bool HasIccProfile)
{
    private const string OrientationField = "orientation";
    private const string IccProfileField = "icc-profile-data";

    /// <summary>Whether orientation turns the image a quarter (5 to 8), so displayed width is stored height.</summary>
    public bool SwapsSides => Orientation is >= 5 and <= 8;

    /// <summary>The size as displayed, after EXIF orientation.</summary>
    public PixelSize Size => SwapsSides ? new PixelSize(StoredSize.Height, StoredSize.Width) : StoredSize;

    /// <summary>Converts a displayed size to the stored orientation.</summary>
    public PixelSize ToStored(PixelSize displayed) =>
        SwapsSides ? new PixelSize(displayed.Height, displayed.Width) : displayed;

    /// <summary>Reads the header lazily: no pixel is decoded.</summary>
    /// <exception cref="VipsException">The header cannot be read.</exception>
    public static VipsProbe Read(Source source)
    {
        using var image = Image.NewFromSource(source, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
        var orientation = image.GetTypeOf(OrientationField) == IntPtr.Zero ? 1 : (int)image.Get(OrientationField);
        return new VipsProbe(
            new PixelSize(image.Width, image.Height),
            orientation is >= 1 and <= 8 ? orientation : 1,
            image.GetTypeOf(IccProfileField) != IntPtr.Zero);
    }
}
