namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>The errors S3 answers a bad <c>aws-chunked</c> body with.</summary>
internal static class ChunkedBodyErrors
{
    /// <summary>The framing is broken.</summary>
    public static RequestRejectedException Malformed(string detail) => new(new GatewayError(
        "IncompleteBody", $"The aws-chunked body is malformed: {detail}.", 400));

    /// <summary>A chunk or trailer signature does not match.</summary>
    public static RequestRejectedException BadSignature(string what) => new(new GatewayError(
        "SignatureDoesNotMatch",
        $"The {what} signature we calculated does not match the signature you provided. " +
        "Check your key and signing method.",
        403));

    /// <summary>The decoded length differs from <c>x-amz-decoded-content-length</c>.</summary>
    public static RequestRejectedException WrongLength(long declared, long actual) => new(new GatewayError(
        "IncompleteBody",
        $"x-amz-decoded-content-length says {declared} bytes but the chunks carry {actual}.",
        400));

    /// <summary>A trailing checksum does not match the data.</summary>
    public static RequestRejectedException BadChecksum(string header, string sent, string actual) => new(
        new GatewayError(
            "BadDigest",
            $"The {header} you specified ({sent}) did not match the calculated checksum ({actual}).",
            400));
}
