using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;

namespace ImagePipeline.Core.Tests.Imaging.Samples;

/// <summary>Metadata blocks a camera or an editor writes, which must never reach a variant.</summary>
public static class MetadataSamples
{
    public static ExifProfile ExifWithGps(ushort orientation)
    {
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, orientation);
        exif.SetValue(ExifTag.Make, "TestCamera");
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(48, 1), new Rational(51, 1), new Rational(24, 1)]);
        return exif;
    }

    public static XmpProfile Xmp() => new(
        """
        <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description
        xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="secret-author"/></rdf:RDF></x:xmpmeta>
        <?xpacket end="w"?>
        """u8.ToArray());
}
