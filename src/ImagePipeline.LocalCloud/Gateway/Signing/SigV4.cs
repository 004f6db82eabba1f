using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ImagePipeline.LocalCloud.Gateway.Signing;

/// <summary>The primitives of AWS Signature Version 4: hashes, the signing key and the string to sign.</summary>
internal static class SigV4
{
    /// <summary>The only algorithm accepted.</summary>
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>The payload hash of a request whose body is not signed.</summary>
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";

    /// <summary>The format of <c>X-Amz-Date</c>.</summary>
    public const string TimeFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>The hex SHA-256 of an empty body.</summary>
    public static readonly string EmptyHash = Sha256Hex([]);

    /// <summary>Lowercase hex SHA-256 of the bytes.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>Lowercase hex SHA-256 of the UTF-8 text.</summary>
    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    /// <summary>The signing key for one day, region and service.</summary>
    public static byte[] SigningKey(string secret, string date, string region, string service)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secret), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(key, "aws4_request"u8);
    }

    /// <summary>Lowercase hex HMAC-SHA256 of the UTF-8 text.</summary>
    public static string HmacHex(byte[] key, string text) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));

    /// <summary>The string to sign for a request.</summary>
    public static string StringToSign(string amzDate, string scope, string canonicalRequest) =>
        $"{Algorithm}\n{amzDate}\n{scope}\n{Sha256Hex(canonicalRequest)}";

    /// <summary>Parses an <c>X-Amz-Date</c> value.</summary>
    public static bool TryParseTime(string? value, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(
            value,
            TimeFormat,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out time);

    /// <summary>Compares two signatures in constant time.</summary>
    public static bool SignaturesMatch(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual));
}
