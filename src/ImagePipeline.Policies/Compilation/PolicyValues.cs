using System.Globalization;

namespace ImagePipeline.Policies.Compilation;

/// <summary>Parses the numbers and dates condition operators compare.</summary>
internal static class PolicyValues
{
    /// <summary>Parses a number as AWS's numeric operators read it.</summary>
    public static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses an ISO 8601 date, or a count of seconds since the Unix epoch.</summary>
    public static bool TryParseDate(string text, out DateTimeOffset value)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
            && seconds is >= -62135596800 and <= 253402300799)
        {
            value = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        return DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out value);
    }

    /// <summary>Decodes base64, returning null when the text is not base64.</summary>
    public static byte[]? TryDecodeBase64(string text)
    {
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }

    /// <summary>Compares two values as a comparison operator does.</summary>
    public static bool Compare<T>(T request, T policy, Comparison comparison)
        where T : IComparable<T>
    {
        var order = request.CompareTo(policy);
        return comparison switch
        {
            Comparison.LessThan => order < 0,
            Comparison.LessThanEquals => order <= 0,
            Comparison.GreaterThan => order > 0,
            Comparison.GreaterThanEquals => order >= 0,
            _ => order == 0,
        };
    }
}
