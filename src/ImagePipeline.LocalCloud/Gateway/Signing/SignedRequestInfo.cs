namespace ImagePipeline.LocalCloud.Gateway.Signing;

/// <summary>What a SigV4 signature claims: who signed, when, for which scope, over which headers.</summary>
/// <param name="AccessKeyId">The access key id from the credential scope.</param>
/// <param name="Date">The scope's date, <c>yyyyMMdd</c>.</param>
/// <param name="Region">The scope's region.</param>
/// <param name="Service">The scope's service: <c>s3</c>, <c>dynamodb</c> or <c>sts</c>.</param>
/// <param name="SignedHeaders">The lowercase names of the signed headers, in signing order.</param>
/// <param name="Signature">The hex signature.</param>
/// <param name="AmzDate">The raw <c>X-Amz-Date</c> value.</param>
/// <param name="RequestTime">The parsed <c>X-Amz-Date</c>.</param>
/// <param name="SecurityToken">The session token presented, or null.</param>
/// <param name="Presigned">Whether the signature came in the query string.</param>
/// <param name="Expires">A presigned URL's lifetime, or null for header signatures.</param>
internal sealed record SignedRequestInfo(
    string AccessKeyId,
    string Date,
    string Region,
    string Service,
    IReadOnlyList<string> SignedHeaders,
    string Signature,
    string AmzDate,
    DateTimeOffset RequestTime,
    string? SecurityToken,
    bool Presigned,
    TimeSpan? Expires)
{
    /// <summary>The credential scope: <c>date/region/service/aws4_request</c>.</summary>
    public string Scope => $"{Date}/{Region}/{Service}/aws4_request";
}
