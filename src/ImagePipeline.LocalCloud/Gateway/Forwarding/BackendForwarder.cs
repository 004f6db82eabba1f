using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>Sends an allowed request on to the backend, re-signed, and streams the response back unchanged.</summary>
/// <remarks>
/// Steps: (1) build the backend URI, path-style, keeping the caller's encoding; (2) copy end-to-end headers;
/// (3) attach the checked body stream with its decoded length; (4) re-sign with the backend's credentials;
/// (5) send, reading only the response headers; (6) copy status, headers and body back as they arrive.
/// </remarks>
internal sealed class BackendForwarder(HttpMessageInvoker client, Uri backend, BackendSigner signer)
{
    /// <summary>Forwards one request and streams the answer to the caller.</summary>
    /// <param name="context">The caller's request and response.</param>
    /// <param name="service">The SigV4 service name to re-sign for.</param>
    /// <param name="pathAndQuery">The backend path and query, already path-style and percent-encoded.</param>
    /// <param name="body">The body to send, already decoded and checked; null when the request has none.</param>
    /// <param name="payloadHash">The payload hash to re-sign with.</param>
    /// <param name="traceId">The trace id to pass on.</param>
    /// <param name="now">The signing time.</param>
    /// <param name="replacedHeaders">Headers sent with these values whatever the caller sent, or null.</param>
    /// <param name="keepBody">Whether to keep a copy of the (small) response body in the result.</param>
    public async Task<ForwardResult> ForwardAsync(
        HttpContext context,
        string service,
        string pathAndQuery,
        HttpContent? body,
        string payloadHash,
        string traceId,
        DateTimeOffset now,
        IReadOnlyDictionary<string, string?>? replacedHeaders = null,
        bool keepBody = false)
    {
        using var request = new HttpRequestMessage(
            new HttpMethod(context.Request.Method),
            new Uri(backend.GetLeftPart(UriPartial.Authority) + pathAndQuery, new UriCreationOptions
            {
                DangerousDisablePathAndQueryCanonicalization = true,
            }));
        CopyRequestHeaders(context.Request, request, body, replacedHeaders);
        request.Headers.Remove("X-Amzn-Trace-Id");
        request.Headers.TryAddWithoutValidation("X-Amzn-Trace-Id", traceId);
        signer.Sign(request, service, payloadHash, now);

        using var response = await client.SendAsync(request, context.RequestAborted);
        var kept = await CopyResponseAsync(context, response, keepBody);
        return new ForwardResult(
            (int)response.StatusCode,
            First(response.Headers, "x-amz-request-id") ?? First(response.Headers, "x-amzn-RequestId"),
            response.Headers.ETag?.Tag ?? First(response.Headers, "ETag"),
            First(response.Headers, "x-amzn-ErrorType"),
            kept);
    }

    /// <summary>Asks the backend for an object's size and ETag, for notifications of copies and uploads.</summary>
    public async Task<(long? Size, string? ETag)> HeadObjectAsync(
        string pathAndQuery,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(
            backend.GetLeftPart(UriPartial.Authority) + pathAndQuery,
            new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }));
        signer.Sign(request, "s3", Signing.SigV4.UnsignedPayload, now);
        using var response = await client.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode
            ? (response.Content.Headers.ContentLength, response.Headers.ETag?.Tag)
            : (null, null);
    }

    private static void CopyRequestHeaders(
        HttpRequest source,
        HttpRequestMessage target,
        HttpContent? body,
        IReadOnlyDictionary<string, string?>? replacedHeaders)
    {
        target.Content = body;
        var connectionListed = ForwardedHeaders.ConnectionListed(source.Headers.Connection.ToString());
        foreach (var (name, values) in source.Headers)
        {
            if (ForwardedHeaders.DropFromRequest(name, connectionListed)
                || replacedHeaders?.Keys.Contains(name, StringComparer.OrdinalIgnoreCase) == true)
            {
                continue;
            }

            if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                var rest = ForwardedHeaders.WithoutAwsChunked(values.ToString());
                if (rest is not null)
                {
                    body?.Headers.TryAddWithoutValidation(name, rest);
                }

                continue;
            }

            if (!target.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                body?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        AddReplacedHeaders(target, body, replacedHeaders);
    }

    private static void AddReplacedHeaders(
        HttpRequestMessage target,
        HttpContent? body,
        IReadOnlyDictionary<string, string?>? replacedHeaders)
    {
        foreach (var (name, value) in replacedHeaders ?? new Dictionary<string, string?>())
        {
            if (value is not null && !target.Headers.TryAddWithoutValidation(name, value))
            {
                body?.Headers.TryAddWithoutValidation(name, value);
            }
        }
    }

    private static async Task<byte[]?> CopyResponseAsync(
        HttpContext context,
        HttpResponseMessage response,
        bool keepBody)
    {
        var target = context.Response;
        target.StatusCode = (int)response.StatusCode;
        CopyResponseHeaders(response, target);
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return null;
        }

        if (keepBody)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
            await target.Body.WriteAsync(bytes, context.RequestAborted);
            return bytes;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(context.RequestAborted);
        await stream.CopyToAsync(target.Body, context.RequestAborted);
        return null;
    }

    /// <summary>Copies the backend's end-to-end response headers to the caller's response.</summary>
    internal static void CopyResponseHeaders(HttpResponseMessage response, HttpResponse target)
    {
        var connectionListed = ForwardedHeaders.ConnectionListed(
            response.Headers.TryGetValues("Connection", out var connection) ? string.Join(',', connection) : null);
        CopyHeaders(response.Headers, target, connectionListed);
        CopyHeaders(response.Content.Headers, target, connectionListed);
    }

    private static void CopyHeaders(HttpHeaders headers, HttpResponse target, HashSet<string> connectionListed)
    {
        foreach (var (name, values) in headers)
        {
            if (!ForwardedHeaders.DropFromResponse(name, connectionListed))
            {
                target.Headers[name] = values.ToArray();
            }
        }
    }

    private static string? First(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
