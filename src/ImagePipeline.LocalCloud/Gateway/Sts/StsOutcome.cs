namespace ImagePipeline.LocalCloud.Gateway.Sts;

/// <summary>The answer to an STS call: an XML body on success, or an error.</summary>
/// <param name="Body">The response body when the call succeeded.</param>
/// <param name="Error">The error when it did not.</param>
internal sealed record StsOutcome(string? Body, GatewayError? Error);
