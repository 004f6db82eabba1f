using ImagePipeline.LocalCloud.Iam;

namespace ImagePipeline.LocalCloud.Gateway.Authentication;

/// <summary>Who signed a request, or why the gateway could not tell.</summary>
/// <param name="Credential">The authenticated credential, or null.</param>
/// <param name="Failure">Why authentication failed, when it did.</param>
/// <param name="Detail">More about the failure, naming the bad value.</param>
/// <param name="SigningKey">The caller's signing key, kept to verify streaming chunk signatures.</param>
internal sealed record AuthenticationResult(
    IamCredential? Credential,
    AuthFailure? Failure,
    string Detail,
    byte[]? SigningKey = null)
{
    /// <summary>A failed authentication.</summary>
    public static AuthenticationResult Failed(AuthFailure failure, string detail) => new(null, failure, detail);
}
