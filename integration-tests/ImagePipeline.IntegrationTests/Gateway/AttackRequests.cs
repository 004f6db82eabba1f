using System.Globalization;
using System.Text;
using Amazon.Runtime;
using ImagePipeline.LocalCloud.Gateway.Signing;

namespace ImagePipeline.IntegrationTests.Gateway;

/// <summary>Hand-built SigV4 requests, so attack tests can send what no SDK would: unsigned headers.</summary>
internal static class AttackRequests
{
    /// <summary>Signs and sends one request; <paramref name="unsigned"/> headers are added after signing.</summary>
    public static async Task<HttpResponseMessage> SendAsync(
        Uri endpoint,
        ImmutableCredentials credentials,
        string service,
        HttpMethod method,
        string pathAndQuery,
        byte[] body,
        IReadOnlyDictionary<string, string>? signed = null,
        IReadOnlyDictionary<string, string>? unsigned = null,
        string? host = null,
        CancellationToken ct = default)
    {
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var rawPath = question < 0 ? pathAndQuery : pathAndQuery[..question];
        var rawQuery = question < 0 ? string.Empty : pathAndQuery[(question + 1)..];
        var authority = host ?? endpoint.Authority;
        var amzDate = DateTime.UtcNow.ToString(SigV4.TimeFormat, CultureInfo.InvariantCulture);
        var payloadHash = SigV4.Sha256Hex(body);
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = authority,
            ["x-amz-content-sha256"] = payloadHash,
            ["x-amz-date"] = amzDate,
        };
        if (credentials.UseToken)
        {
            headers["x-amz-security-token"] = credentials.Token;
        }

        foreach (var (name, value) in signed ?? new Dictionary<string, string>())
        {
            headers[name.ToLowerInvariant()] = value;
        }

        payloadHash = headers["x-amz-content-sha256"];
        var names = string.Join(';', headers.Keys);
        var path = service == "s3" ? rawPath : AwsUri.Encode(rawPath, keepSlash: true);
        var canonical = new StringBuilder()
            .Append(method.Method).Append('\n').Append(path).Append('\n')
            .Append(CanonicalRequest.CanonicalQuery(AwsUri.ParseQuery(rawQuery))).Append('\n');
        foreach (var (name, value) in headers)
        {
            canonical.Append(name).Append(':').Append(value.Trim()).Append('\n');
        }

        canonical.Append('\n').Append(names).Append('\n').Append(payloadHash);
        var scope = $"{amzDate[..8]}/us-east-1/{service}/aws4_request";
        var key = SigV4.SigningKey(credentials.SecretKey, amzDate[..8], "us-east-1", service);
        var signature = SigV4.HmacHex(key, SigV4.StringToSign(amzDate, scope, canonical.ToString()));

        using var request = new HttpRequestMessage(method, new Uri(
            endpoint.GetLeftPart(UriPartial.Authority) + pathAndQuery,
            new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }))
        {
            Content = new ByteArrayContent(body),
        };
        request.Headers.Host = authority;
        foreach (var (name, value) in headers.Where(h => h.Key != "host").Concat(unsigned ?? Empty))
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        request.Headers.TryAddWithoutValidation(
            "Authorization",
            $"{SigV4.Algorithm} Credential={credentials.AccessKey}/{scope}, SignedHeaders={names}, " +
            $"Signature={signature}");
        using var http = new HttpClient();
        var response = await http.SendAsync(request, ct);
        await response.Content.LoadIntoBufferAsync(ct);
        return response;
    }

    private static readonly Dictionary<string, string> Empty = [];
}
