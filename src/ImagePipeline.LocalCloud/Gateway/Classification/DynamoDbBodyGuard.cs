using System.Text;
using ImagePipeline.LocalCloud.Gateway.Signing;

namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>Refuses DynamoDB bodies the backend could read as other than the JSON the gateway checked.</summary>
/// <remarks>
/// moto parses a request body as a form when the query string is empty, and an <c>Action</c> field found there
/// outranks <c>X-Amz-Target</c>; a JSON string holding <c>&amp;Action=Scan&amp;</c> would run a different
/// operation than the one authorised.
/// </remarks>
internal static class DynamoDbBodyGuard
{
    /// <summary>Why the body is refused, or null when no form reading of it yields an <c>Action</c> field.</summary>
    public static string? Problem(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body);
        foreach (var part in text.Split('&'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = AwsUri.Decode(equals < 0 ? part : part[..equals], plusIsSpace: true);
            if (name.Equals("Action", StringComparison.OrdinalIgnoreCase))
            {
                return $"the body reads as a form with an '{name}' field, which would override X-Amz-Target; " +
                    "remove the '&' and '=' around that text or escape them as \\u0026 and \\u003d";
            }
        }

        return null;
    }
}
