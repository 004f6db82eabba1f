namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>What verifying the chunk signatures of a signed <c>aws-chunked</c> body needs.</summary>
/// <param name="SigningKey">The caller's signing key for the request's scope.</param>
/// <param name="AmzDate">The request's <c>X-Amz-Date</c>.</param>
/// <param name="Scope">The request's credential scope.</param>
/// <param name="SeedSignature">The signature of the request's headers, which the first chunk chains from.</param>
internal sealed record ChunkSigningContext(byte[] SigningKey, string AmzDate, string Scope, string SeedSignature);
