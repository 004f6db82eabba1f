using ImagePipeline.LocalCloud.Gateway.Authentication;

namespace ImagePipeline.LocalCloud.Gateway.Responses;

/// <summary>The error codes, statuses and messages each service answers authentication failures with.</summary>
internal static class ServiceErrors
{
    private const string SignatureText =
        "The request signature we calculated does not match the signature you provided. " +
        "Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    /// <summary>The error a service gives for an authentication failure, with <paramref name="detail"/>.</summary>
    public static GatewayError Authentication(AwsService service, AuthFailure failure, string detail)
    {
        var (code, status, text) = service switch
        {
            AwsService.S3 => S3(failure),
            AwsService.DynamoDb => DynamoDb(failure),
            _ => Sts(failure),
        };
        return new GatewayError(code, detail.Length == 0 ? text : $"{text} {detail}", status);
    }

    /// <summary>The access-denied error of a service.</summary>
    public static GatewayError AccessDenied(AwsService service, string message) => service switch
    {
        AwsService.DynamoDb => new GatewayError("AccessDeniedException", message, 400),
        _ => new GatewayError("AccessDenied", message, 403),
    };

    private static (string Code, int Status, string Text) S3(AuthFailure failure) => failure switch
    {
        AuthFailure.Anonymous => ("AccessDenied", 403, "Anonymous requests are not accepted; sign with SigV4."),
        AuthFailure.Malformed => ("AuthorizationHeaderMalformed", 400, "The authorization header is malformed."),
        AuthFailure.UnknownKey => ("InvalidAccessKeyId", 403,
            "The AWS Access Key Id you provided does not exist in our records."),
        AuthFailure.BadToken => ("InvalidToken", 400, "The provided token is malformed or otherwise invalid."),
        AuthFailure.ExpiredToken => ("ExpiredToken", 400, "The provided token has expired."),
        AuthFailure.BadSignature => ("SignatureDoesNotMatch", 403, SignatureText),
        AuthFailure.Skewed => ("RequestTimeTooSkewed", 403,
            "The difference between the request time and the current time is too large."),
        _ => ("AccessDenied", 403, "Request has expired."),
    };

    private static (string Code, int Status, string Text) DynamoDb(AuthFailure failure) => failure switch
    {
        AuthFailure.Anonymous => ("MissingAuthenticationTokenException", 400,
            "Request is missing Authentication Token."),
        AuthFailure.Malformed => ("IncompleteSignatureException", 400, "The request signature is malformed."),
        AuthFailure.UnknownKey or AuthFailure.BadToken => ("UnrecognizedClientException", 400,
            "The security token included in the request is invalid."),
        AuthFailure.ExpiredToken => ("ExpiredTokenException", 400,
            "The security token included in the request is expired."),
        AuthFailure.BadSignature => ("InvalidSignatureException", 400, SignatureText),
        _ => ("InvalidSignatureException", 400, "Signature expired."),
    };

    private static (string Code, int Status, string Text) Sts(AuthFailure failure) => failure switch
    {
        AuthFailure.Anonymous => ("MissingAuthenticationToken", 403, "Request is missing Authentication Token."),
        AuthFailure.Malformed => ("IncompleteSignature", 400, "The request signature is malformed."),
        AuthFailure.UnknownKey or AuthFailure.BadToken => ("InvalidClientTokenId", 403,
            "The security token included in the request is invalid."),
        AuthFailure.ExpiredToken => ("ExpiredToken", 400,
            "The security token included in the request is expired."),
        AuthFailure.BadSignature => ("SignatureDoesNotMatch", 403, SignatureText),
        _ => ("SignatureDoesNotMatch", 403, "Signature expired."),
    };
}
