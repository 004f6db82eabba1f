namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>Which headers cross the gateway and which stop at it.</summary>
internal static class ForwardedHeaders
{
    private static readonly HashSet<string> RequestDropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-SHA256", "Content-Length",
        "Transfer-Encoding", "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authorization", "TE",
        "Trailer", "Upgrade", "Expect", "X-Amz-Decoded-Content-Length", "X-Amz-Trailer",
    };

    private static readonly HashSet<string> ResponseDropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "Transfer-Encoding", "Connection", "Keep-Alive", "Proxy-Connection", "TE", "Trailer", "Upgrade", "Server",
    };

    /// <summary>Whether a request header stops at the gateway (hop-by-hop, or the caller's signature).</summary>
    public static bool DropFromRequest(string name) => RequestDropped.Contains(name);

    /// <summary>The header names a <c>Connection</c> value lists: hop-by-hop for this connection only.</summary>
    /// <remarks>HTTP/1.1 lets a client mark any header hop-by-hop this way; a proxy that passed them on would
    /// let the client hand the backend headers it meant only for the gateway.</remarks>
    public static HashSet<string> ConnectionListed(string? connection) =>
        new(
            (connection ?? string.Empty).Split(
                ',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a response header stops at the gateway (hop-by-hop).</summary>
    public static bool DropFromResponse(string name) => ResponseDropped.Contains(name);

    /// <summary>Removes <c>aws-chunked</c> from a <c>Content-Encoding</c> value; null when nothing remains.</summary>
    public static string? WithoutAwsChunked(string contentEncoding)
    {
        var rest = contentEncoding
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(token => !token.Equals("aws-chunked", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        return rest.Length == 0 ? null : string.Join(", ", rest);
    }
}
