namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>An error the gateway answers with, named and worded as the service would.</summary>
/// <param name="Code">The AWS error code, for example <c>SignatureDoesNotMatch</c>.</param>
/// <param name="Message">The message, naming the bad value.</param>
/// <param name="Status">The HTTP status.</param>
internal sealed record GatewayError(string Code, string Message, int Status);
