using System.Globalization;
using ImagePipeline.LocalCloud.Gateway.Signing;

namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>Re-signs a forwarded request with the backend's own credentials.</summary>
/// <remarks>Only <c>host</c>, <c>x-amz-content-sha256</c> and <c>x-amz-date</c> are signed, so headers the
/// HTTP stack adds or changes on the way cannot break the backend's check.</remarks>
internal sealed class BackendSigner(string accessKeyId, string secretAccessKey, string region)
{
    /// <summary>Adds <c>X-Amz-Date</c>, <c>X-Amz-Content-SHA256</c> and <c>Authorization</c> to the request.</summary>
    public void Sign(HttpRequestMessage request, string service, string payloadHash, DateTimeOffset now)
    {
        var amzDate = now.UtcDateTime.ToString(SigV4.TimeFormat, CultureInfo.InvariantCulture);
        var date = amzDate[..8];
        var uri = request.RequestUri!;
        var host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        request.Headers.Remove("x-amz-date");
        request.Headers.Remove("x-amz-content-sha256");
        request.Headers.TryAddWithoutValidation("x-amz-date", amzDate);
        request.Headers.TryAddWithoutValidation("x-amz-content-sha256", payloadHash);

        var path = uri.AbsolutePath.Length == 0 ? "/" : uri.AbsolutePath;
        var canonicalPath = service == "s3" ? path : AwsUri.Encode(path, keepSlash: true);
        var query = CanonicalRequest.CanonicalQuery(AwsUri.ParseQuery(uri.Query));
        var canonical = $"{request.Method.Method}\n{canonicalPath}\n{query}\n" +
                        $"host:{host}\nx-amz-content-sha256:{payloadHash}\nx-amz-date:{amzDate}\n\n" +
                        $"host;x-amz-content-sha256;x-amz-date\n{payloadHash}";
        var scope = $"{date}/{region}/{service}/aws4_request";
        var key = SigV4.SigningKey(secretAccessKey, date, region, service);
        var signature = SigV4.HmacHex(key, SigV4.StringToSign(amzDate, scope, canonical));
        request.Headers.TryAddWithoutValidation(
            "Authorization",
            $"{SigV4.Algorithm} Credential={accessKeyId}/{scope}, " +
            $"SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature={signature}");
    }
}
