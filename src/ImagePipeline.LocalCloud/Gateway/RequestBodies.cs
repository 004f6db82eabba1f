using Microsoft.AspNetCore.Http;

namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>Reads the small request bodies the gateway must see whole: DynamoDB JSON, STS forms, S3 XML.</summary>
internal static class RequestBodies
{
    /// <summary>Reads the body, or returns null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadCappedAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 1024);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The error for a body over the cap.</summary>
    public static GatewayError TooLarge(AwsService service, int limit) => new(
        service == AwsService.DynamoDb ? "ValidationException" : "MaxMessageLengthExceeded",
        $"The request body is larger than the {limit / 1024} KiB the gateway reads for this request type.",
        service == AwsService.DynamoDb ? 400 : 413);
}
