using System.Globalization;
using System.Net;

namespace ImagePipeline.Policies.Compilation;

/// <summary>An IPv4 or IPv6 range in CIDR notation; a bare address is a range of one.</summary>
internal sealed class CidrRange
{
    private readonly byte[] _network;
    private readonly int _prefixBits;

    private CidrRange(byte[] network, int prefixBits)
    {
        _network = network;
        _prefixBits = prefixBits;
    }

    /// <summary>Parses <c>203.0.113.0/24</c>, <c>2001:db8::/32</c> or a bare address.</summary>
    /// <exception cref="FormatException">The text is not an address or a CIDR range.</exception>
    public static CidrRange Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text : text[..slash];
        if (!IPAddress.TryParse(addressText, out var address))
        {
            throw new FormatException($"'{text}' is not an IP address or CIDR range; write e.g. '203.0.113.0/24'.");
        }

        var bytes = address.GetAddressBytes();
        var maxBits = bytes.Length * 8;
        var bits = maxBits;
        if (slash >= 0
            && (!int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out bits)
                || bits > maxBits))
        {
            throw new FormatException($"'{text}' has a prefix length outside 0 to {maxBits}.");
        }

        return new CidrRange(bytes, bits);
    }

    /// <summary>Whether an address text lies inside the range; false when it is not an address.</summary>
    public bool Contains(string addressText)
    {
        if (!IPAddress.TryParse(addressText, out var address))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6 && _network.Length == 4)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (bytes.Length != _network.Length)
        {
            return false;
        }

        for (var bit = 0; bit < _prefixBits; bit++)
        {
            var mask = (byte)(0x80 >> (bit % 8));
            if ((bytes[bit / 8] & mask) != (_network[bit / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }
}
