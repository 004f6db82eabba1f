namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>Which headers cross the gateway and which stop at it.</summary>
internal static class ForwardedHeaders
{
    // RFC 9110 7.6.1: these describe one connection, never the message, whichever way it travels.
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "TE", "Trailer", "Transfer-Encoding", "Upgrade",
    };

    private static readonly HashSet<string> RequestOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-SHA256", "Content-Length",
        "Proxy-Authorization", "Expect", "X-Amz-Decoded-Content-Length", "X-Amz-Trailer",
    };

    /// <summary>Whether a request header stops at the gateway (hop-by-hop, or the caller's signature).</summary>
    /// <param name="name">The header name.</param>
    /// <param name="connectionListed">The names the request's own <c>Connection</c> header lists.</param>
    public static bool DropFromRequest(string name, IReadOnlySet<string> connectionListed) =>
        IsHopByHop(name, connectionListed) || RequestOnly.Contains(name);

    /// <summary>Whether a response header stops at the gateway (hop-by-hop, or the backend's server banner).</summary>
    /// <param name="name">The header name.</param>
    /// <param name="connectionListed">The names the response's own <c>Connection</c> header lists.</param>
    public static bool DropFromResponse(string name, IReadOnlySet<string> connectionListed) =>
        IsHopByHop(name, connectionListed) || name.Equals("Server", StringComparison.OrdinalIgnoreCase);

    /// <summary>The header names a <c>Connection</c> value lists: hop-by-hop for this connection only.</summary>
    /// <remarks>HTTP/1.1 lets either end mark any header hop-by-hop this way; a proxy that passed them on would
    /// hand the next hop headers meant only for the gateway.</remarks>
    public static HashSet<string> ConnectionListed(string? connection) =>
        new(
            (connection ?? string.Empty).Split(
                ',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            StringComparer.OrdinalIgnoreCase);

    private static bool IsHopByHop(string name, IReadOnlySet<string> connectionListed) =>
        HopByHop.Contains(name) || connectionListed.Contains(name);

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
