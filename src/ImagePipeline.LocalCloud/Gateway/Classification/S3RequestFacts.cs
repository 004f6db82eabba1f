namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>The parts of an S3 request that decide its classification.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Target">The bucket and key addressed.</param>
/// <param name="Query">The decoded query parameters.</param>
/// <param name="Headers">The request headers, looked up case-insensitively; null when absent.</param>
/// <param name="Body">The body, read only for the small XML bodies classification needs (<c>DeleteObjects</c>).</param>
internal sealed record S3RequestFacts(
    string Method,
    S3Target Target,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    Func<string, string?> Headers,
    ReadOnlyMemory<byte>? Body = null)
{
    /// <summary>Whether the query string has the parameter, with or without a value.</summary>
    public bool Has(string name) => Query.Any(pair => pair.Key == name);

    /// <summary>The value of a query parameter, or null.</summary>
    public string? Get(string name) => Query.FirstOrDefault(pair => pair.Key == name).Value;

    /// <summary>Whether the gateway needs the (small) body whole: to classify it, or to enforce what it sets.</summary>
    public bool NeedsBody => Target.Key is null
                             && ((Method == "POST" && Has("delete")) || (Method == "PUT" && Has("policy")));
}
