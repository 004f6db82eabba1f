namespace ImagePipeline.LocalCloud.Gateway.Authentication;

/// <summary>Why a request could not be authenticated; each service names these differently.</summary>
internal enum AuthFailure
{
    /// <summary>The request carries no signature.</summary>
    Anonymous,

    /// <summary>The signature is present but malformed.</summary>
    Malformed,

    /// <summary>The access key id is not known.</summary>
    UnknownKey,

    /// <summary>The session token is missing, or not the one issued with the key.</summary>
    BadToken,

    /// <summary>The session has expired.</summary>
    ExpiredToken,

    /// <summary>The signature does not match.</summary>
    BadSignature,

    /// <summary>The request time is too far from the gateway's clock.</summary>
    Skewed,

    /// <summary>A presigned URL is past its expiry.</summary>
    PresignExpired,
}
