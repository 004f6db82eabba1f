using Microsoft.AspNetCore.Http;

namespace ImagePipeline.LocalCloud.Gateway.Signing;

/// <summary>Reads a SigV4 signature from the <c>Authorization</c> header or a presigned query string.</summary>
internal static class SignatureReader
{
    /// <summary>Reads the signature claims of a request.</summary>
    public static SignatureParseResult Read(HttpRequest request, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            return FromHeader(request, authorization);
        }

        var algorithm = Find(query, "X-Amz-Algorithm");
        return algorithm is null ? new(null, null) : FromQuery(query, algorithm);
    }

    private static SignatureParseResult FromHeader(HttpRequest request, string authorization)
    {
        if (!authorization.StartsWith(SigV4.Algorithm + " ", StringComparison.Ordinal))
        {
            return new(null, $"Unsupported Authorization type; only {SigV4.Algorithm} is accepted.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in authorization[SigV4.Algorithm.Length..].Split(','))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                fields[part[..equals].Trim()] = part[(equals + 1)..].Trim();
            }
        }

        fields.TryGetValue("Credential", out var credential);
        fields.TryGetValue("SignedHeaders", out var signedHeaders);
        fields.TryGetValue("Signature", out var signature);
        var amzDate = request.Headers["x-amz-date"].ToString();
        if (amzDate.Length == 0)
        {
            amzDate = request.Headers.Date.ToString();
        }

        var token = request.Headers["x-amz-security-token"].ToString();
        return Build(credential, signedHeaders, signature, amzDate, token.Length == 0 ? null : token, null);
    }

    private static SignatureParseResult FromQuery(IReadOnlyList<KeyValuePair<string, string>> query, string algorithm)
    {
        if (algorithm != SigV4.Algorithm)
        {
            return new(null, $"X-Amz-Algorithm '{algorithm}' is not supported; only {SigV4.Algorithm} is accepted.");
        }

        var expires = Find(query, "X-Amz-Expires");
        if (!int.TryParse(expires, out var seconds) || seconds is < 1 or > 604800)
        {
            return new(null, $"X-Amz-Expires '{expires}' must be a number of seconds from 1 to 604800.");
        }

        return Build(
            Find(query, "X-Amz-Credential"),
            Find(query, "X-Amz-SignedHeaders"),
            Find(query, "X-Amz-Signature"),
            Find(query, "X-Amz-Date") ?? string.Empty,
            Find(query, "X-Amz-Security-Token"),
            TimeSpan.FromSeconds(seconds));
    }

    private static SignatureParseResult Build(
        string? credential,
        string? signedHeaders,
        string? signature,
        string amzDate,
        string? token,
        TimeSpan? expires)
    {
        var scope = credential?.Split('/');
        if (scope is not { Length: 5 } || scope[4] != "aws4_request" || scope[0].Length == 0)
        {
            return new(null, $"Credential '{credential}' is malformed; expected KEY/DATE/REGION/SERVICE/aws4_request.");
        }

        if (string.IsNullOrEmpty(signedHeaders) || string.IsNullOrEmpty(signature))
        {
            return new(null, "The signature is missing SignedHeaders or Signature.");
        }

        if (!SigV4.TryParseTime(amzDate, out var time))
        {
            return new(null, $"X-Amz-Date '{amzDate}' is missing or not in the form yyyyMMddTHHmmssZ.");
        }

        var headers = signedHeaders.Split(';', StringSplitOptions.RemoveEmptyEntries);
        return new(
            new SignedRequestInfo(
                scope[0], scope[1], scope[2], scope[3], headers, signature, amzDate, time, token,
                expires is not null, expires),
            null);
    }

    private static string? Find(IReadOnlyList<KeyValuePair<string, string>> query, string name)
    {
        foreach (var (key, value) in query)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }
}
