namespace ImagePipeline.LocalCloud.Gateway.Signing;

/// <summary>The outcome of reading a request's signature: the claims, or why there are none.</summary>
/// <param name="Info">The signature's claims, when the request is signed and well formed.</param>
/// <param name="Problem">Why the signature could not be read, when it could not; null when unsigned.</param>
internal sealed record SignatureParseResult(SignedRequestInfo? Info, string? Problem)
{
    /// <summary>Whether the request carries no signature at all.</summary>
    public bool IsAnonymous => Info is null && Problem is null;
}
