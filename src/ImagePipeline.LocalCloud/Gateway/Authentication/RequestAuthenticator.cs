using System.Globalization;
using ImagePipeline.LocalCloud.Gateway.Signing;
using ImagePipeline.LocalCloud.Iam;
using Microsoft.AspNetCore.Http;

namespace ImagePipeline.LocalCloud.Gateway.Authentication;

/// <summary>Checks a SigV4 signature against the registered credentials: key, token, expiry, clock.</summary>
internal sealed class RequestAuthenticator(IamRegistry registry, TimeSpan maxSkew)
{
    /// <summary>Authenticates a request whose signature claims have been read.</summary>
    /// <param name="request">The incoming request.</param>
    /// <param name="rawPath">The path exactly as sent.</param>
    /// <param name="query">The decoded query parameters.</param>
    /// <param name="info">The signature's claims.</param>
    /// <param name="payloadHash">The payload hash the signer must have used.</param>
    /// <param name="now">The gateway's current time.</param>
    public AuthenticationResult Authenticate(
        HttpRequest request,
        string rawPath,
        IReadOnlyList<KeyValuePair<string, string>> query,
        SignedRequestInfo info,
        string payloadHash,
        DateTimeOffset now)
    {
        var credential = registry.FindCredential(info.AccessKeyId);
        if (credential is null)
        {
            return AuthenticationResult.Failed(AuthFailure.UnknownKey, $"(access key '{info.AccessKeyId}')");
        }

        var problem = CheckToken(credential, info, now)
            ?? CheckTime(info, now)
            ?? CheckSignedHeaders(request.Headers, info);
        if (problem is not null)
        {
            return problem;
        }

        var canonical = CanonicalRequest.Build(
            request.Method, rawPath, query, request.Headers, info.SignedHeaders, payloadHash,
            doubleEncodePath: info.Service != "s3");
        var key = SigV4.SigningKey(credential.SecretAccessKey, info.Date, info.Region, info.Service);
        var expected = SigV4.HmacHex(key, SigV4.StringToSign(info.AmzDate, info.Scope, canonical));
        return SigV4.SignaturesMatch(expected, info.Signature)
            ? new AuthenticationResult(credential, null, string.Empty, key)
            : AuthenticationResult.Failed(AuthFailure.BadSignature, string.Empty);
    }

    /// <summary>The first present header that changes the request's meaning but is not signed, or null.</summary>
    /// <remarks>
    /// Every <c>x-amz-*</c> header, <c>content-md5</c> and <c>content-type</c> can turn one operation into
    /// another (a copy source, an ACL) or change what is stored, so an unsigned one could be added by anyone who
    /// sees the request. A presigned URL carries its payload hash in the query, so a header copy of it is
    /// ignored and dropped before forwarding.
    /// </remarks>
    internal static string? UnsignedHeader(IHeaderDictionary headers, SignedRequestInfo info)
    {
        foreach (var name in headers.Keys)
        {
            var lower = name.ToLowerInvariant();
            var mustBeSigned = lower.StartsWith("x-amz-", StringComparison.Ordinal)
                || lower is "content-md5" or "content-type";
            var exempt = info.Presigned && lower == "x-amz-content-sha256";
            if (mustBeSigned && !exempt && !info.SignedHeaders.Contains(lower))
            {
                return lower;
            }
        }

        return null;
    }

    private static AuthenticationResult? CheckSignedHeaders(IHeaderDictionary headers, SignedRequestInfo info)
    {
        if (!info.SignedHeaders.Contains("host"))
        {
            return AuthenticationResult.Failed(AuthFailure.Malformed, "The 'host' header must be signed.");
        }

        if (UnsignedHeader(headers, info) is { } unsigned)
        {
            return AuthenticationResult.Failed(
                AuthFailure.BadSignature,
                $"There were headers present in the request which were not signed: '{unsigned}'; " +
                "add it to SignedHeaders or leave it out.");
        }

        return null;
    }

    private static AuthenticationResult? CheckToken(
        IamCredential credential,
        SignedRequestInfo info,
        DateTimeOffset now)
    {
        if (credential.SessionToken != info.SecurityToken)
        {
            var detail = info.SecurityToken is null
                ? "A session credential was used without its session token."
                : "The session token does not belong to this access key.";
            return AuthenticationResult.Failed(AuthFailure.BadToken, detail);
        }

        if (credential.IsExpiredAt(now))
        {
            var expiry = credential.Expiration!.Value.UtcDateTime.ToString(
                "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            return AuthenticationResult.Failed(AuthFailure.ExpiredToken, $"(expired at {expiry})");
        }

        return null;
    }

    private AuthenticationResult? CheckTime(SignedRequestInfo info, DateTimeOffset now)
    {
        var scopeDate = info.RequestTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        if (scopeDate != info.Date)
        {
            return AuthenticationResult.Failed(
                AuthFailure.Malformed, $"The credential scope date '{info.Date}' is not the X-Amz-Date day.");
        }

        if (info.Presigned)
        {
            if (info.RequestTime - now > maxSkew)
            {
                return Skewed(info, now);
            }

            return now > info.RequestTime + info.Expires!.Value
                ? AuthenticationResult.Failed(
                    AuthFailure.PresignExpired, $"(expired at {Stamp(info.RequestTime + info.Expires.Value)})")
                : null;
        }

        return (now - info.RequestTime).Duration() > maxSkew ? Skewed(info, now) : null;
    }

    private AuthenticationResult Skewed(SignedRequestInfo info, DateTimeOffset now) =>
        AuthenticationResult.Failed(
            AuthFailure.Skewed,
            $"(request time {Stamp(info.RequestTime)}, server time {Stamp(now)}, " +
            $"allowed skew {maxSkew.TotalMinutes:0} min)");

    private static string Stamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString(SigV4.TimeFormat, CultureInfo.InvariantCulture);
}
