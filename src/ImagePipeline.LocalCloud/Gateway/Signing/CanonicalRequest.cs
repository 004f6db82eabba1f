using System.Text;
using Microsoft.AspNetCore.Http;

namespace ImagePipeline.LocalCloud.Gateway.Signing;

/// <summary>Builds the SigV4 canonical request of an incoming request, exactly as its signer did.</summary>
internal static class CanonicalRequest
{
    /// <summary>Builds the canonical request text.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="rawPath">The path as sent, still percent-encoded.</param>
    /// <param name="query">The decoded query parameters.</param>
    /// <param name="headers">The request headers.</param>
    /// <param name="signedHeaders">The lowercase names of the signed headers.</param>
    /// <param name="payloadHash">The payload hash the signer used.</param>
    /// <param name="doubleEncodePath">False for S3, which signs the path as sent; true for other services.</param>
    public static string Build(
        string method,
        string rawPath,
        IReadOnlyList<KeyValuePair<string, string>> query,
        IHeaderDictionary headers,
        IReadOnlyList<string> signedHeaders,
        string payloadHash,
        bool doubleEncodePath)
    {
        var text = new StringBuilder(512);
        text.Append(method).Append('\n');
        text.Append(CanonicalPath(rawPath, doubleEncodePath)).Append('\n');
        text.Append(CanonicalQuery(query)).Append('\n');
        foreach (var name in signedHeaders)
        {
            text.Append(name).Append(':').Append(CanonicalHeaderValue(headers[name])).Append('\n');
        }

        text.Append('\n').Append(string.Join(';', signedHeaders)).Append('\n').Append(payloadHash);
        return text.ToString();
    }

    /// <summary>The canonical query string: names and values encoded, sorted, without the signature itself.</summary>
    public static string CanonicalQuery(IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var pairs = query
            .Where(pair => pair.Key != "X-Amz-Signature")
            .Select(pair => (Name: AwsUri.Encode(pair.Key), Value: AwsUri.Encode(pair.Value)))
            .OrderBy(pair => pair.Name, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value, StringComparer.Ordinal);
        return string.Join('&', pairs.Select(pair => pair.Name + "=" + pair.Value));
    }

    private static string CanonicalPath(string rawPath, bool doubleEncode)
    {
        if (rawPath.Length == 0)
        {
            return "/";
        }

        return doubleEncode ? AwsUri.Encode(rawPath, keepSlash: true) : rawPath;
    }

    private static string CanonicalHeaderValue(Microsoft.Extensions.Primitives.StringValues values)
    {
        var parts = new List<string>(values.Count);
        foreach (var value in values)
        {
            parts.Add(CollapseSpaces((value ?? string.Empty).Trim()));
        }

        return string.Join(',', parts);
    }

    private static string CollapseSpaces(string value)
    {
        if (!value.Contains("  ", StringComparison.Ordinal))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        var previousSpace = false;
        foreach (var c in value)
        {
            if (c == ' ' && previousSpace)
            {
                continue;
            }

            text.Append(c);
            previousSpace = c == ' ';
        }

        return text.ToString();
    }
}
