using System.Security;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ImagePipeline.LocalCloud.Gateway.Responses;

/// <summary>Writes an error the way each service does: S3 and STS as XML, DynamoDB as JSON 1.0.</summary>
internal static class ErrorResponseWriter
{
    /// <summary>Writes the error response, unless the response has already started.</summary>
    public static async Task WriteAsync(HttpContext context, AwsService service, GatewayError error, string requestId)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = error.Status;
        var (contentType, body) = service switch
        {
            AwsService.DynamoDb => ("application/x-amz-json-1.0", DynamoDbBody(error)),
            AwsService.Sts => ("text/xml", StsBody(error, requestId)),
            _ => ("application/xml", S3Body(error, requestId)),
        };
        if (service == AwsService.S3)
        {
            response.Headers["x-amz-request-id"] = requestId;
        }
        else
        {
            response.Headers["x-amzn-RequestId"] = requestId;
        }

        response.Headers["x-amzn-ErrorType"] = error.Code;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static string S3Body(GatewayError error, string requestId) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>" +
        $"<Code>{Xml(error.Code)}</Code><Message>{Xml(error.Message)}</Message>" +
        $"<RequestId>{Xml(requestId)}</RequestId><HostId>{Xml(requestId)}</HostId></Error>";

    private static string StsBody(GatewayError error, string requestId) =>
        "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>" +
        $"<Code>{Xml(error.Code)}</Code><Message>{Xml(error.Message)}</Message></Error>" +
        $"<RequestId>{Xml(requestId)}</RequestId></ErrorResponse>";

    private static string DynamoDbBody(GatewayError error)
    {
        var prefix = error.Code is "AccessDeniedException" or "ResourceNotFoundException" or "ValidationException"
            ? "com.amazonaws.dynamodb.v20120810#"
            : "com.amazon.coral.service#";
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("__type", prefix + error.Code);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Xml(string text) => SecurityElement.Escape(text);
}
