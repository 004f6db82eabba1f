using ImagePipeline.LocalCloud.Gateway.Signing;

namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>The request line as sent, its decoded query and the signature's claims.</summary>
/// <param name="RawPath">The path, still percent-encoded.</param>
/// <param name="RawQuery">The query string without <c>?</c>, still percent-encoded.</param>
/// <param name="Query">The decoded query parameters.</param>
/// <param name="Signature">The signature's claims.</param>
internal sealed record RequestTarget(
    string RawPath,
    string RawQuery,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    SignedRequestInfo Signature);
