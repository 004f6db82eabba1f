using System.Text;

namespace ImagePipeline.LocalCloud.Gateway.Signing;

/// <summary>The URI encoding SigV4 canonicalises with: every byte but <c>A-Za-z0-9-_.~</c> percent-encoded.</summary>
internal static class AwsUri
{
    /// <summary>Encodes text the SigV4 way; <paramref name="keepSlash"/> leaves <c>/</c> alone for paths.</summary>
    public static string Encode(string text, bool keepSlash = false)
    {
        var output = new StringBuilder(text.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' || (keepSlash && c == '/'))
            {
                output.Append(c);
            }
            else
            {
                output.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return output.ToString();
    }

    /// <summary>Decodes percent-encoding (and <c>+</c> as a space when <paramref name="plusIsSpace"/>).</summary>
    public static string Decode(string text, bool plusIsSpace = false)
    {
        if (plusIsSpace)
        {
            text = text.Replace('+', ' ');
        }

        return Uri.UnescapeDataString(text);
    }

    /// <summary>Splits a raw query string into decoded name and value pairs, in order.</summary>
    public static List<KeyValuePair<string, string>> ParseQuery(string rawQuery)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var query = rawQuery.StartsWith('?') ? rawQuery[1..] : rawQuery;
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            pairs.Add(new(Decode(name, plusIsSpace: true), Decode(value, plusIsSpace: true)));
        }

        return pairs;
    }
}
