using ImagePipeline.LocalCloud.Gateway.Signing;
using Microsoft.AspNetCore.Http;

namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>Tells S3, DynamoDB and STS apart the way AWS clients address them.</summary>
internal static class ServiceRouter
{
    /// <summary>The DynamoDB target prefix of the current API version.</summary>
    public const string DynamoDbTargetPrefix = "DynamoDB_20120810.";

    /// <summary>The service a request addresses, or null when it names one the gateway does not front.</summary>
    /// <remarks>The signature's credential scope decides; unsigned requests are placed by their shape only so
    /// that their refusal is worded in the right service's format.</remarks>
    public static AwsService? Route(HttpRequest request, SignedRequestInfo? signature)
    {
        if (signature is not null)
        {
            return signature.Service switch
            {
                "s3" => AwsService.S3,
                "dynamodb" => AwsService.DynamoDb,
                "sts" => AwsService.Sts,
                _ => null,
            };
        }

        if (request.Headers["X-Amz-Target"].ToString().StartsWith("DynamoDB_", StringComparison.Ordinal))
        {
            return AwsService.DynamoDb;
        }

        return HttpMethods.IsPost(request.Method)
               && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal) == true
            ? AwsService.Sts
            : AwsService.S3;
    }
}
