using System.Text.Json;
using System.Text.RegularExpressions;

namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>Checks that DynamoDB expressions and placeholder maps read the same to gateway and backend.</summary>
/// <remarks>
/// The backend accepts any Unicode letter in a placeholder, so <c>:vé</c> is one token to it but <c>:v</c>
/// followed by text to an ASCII reader; a value the gateway matched could then be one the backend never uses.
/// Expressions must therefore be plain ASCII, placeholders whole ASCII identifiers, and every supplied name and
/// value must be used, so the values the gateway authorises are the ones the backend reads.
/// </remarks>
internal static partial class ExpressionPlaceholders
{
    private static readonly string[] ExpressionFields =
    [
        "KeyConditionExpression", "FilterExpression", "ProjectionExpression", "ConditionExpression",
        "UpdateExpression",
    ];

    /// <summary>Why a request's expressions are refused, or null; looks into batch and transaction entries.</summary>
    public static string? Problem(JsonElement body)
    {
        var parts = new List<JsonElement> { body };
        var requestItems = DynamoDbRequestClassifier.Property(body, "RequestItems");
        if (requestItems.ValueKind == JsonValueKind.Object)
        {
            parts.AddRange(requestItems.EnumerateObject().Select(table => table.Value));
        }

        var transactItems = DynamoDbRequestClassifier.Property(body, "TransactItems");
        if (transactItems.ValueKind == JsonValueKind.Array)
        {
            parts.AddRange(transactItems.EnumerateArray()
                .Where(item => item.ValueKind == JsonValueKind.Object)
                .SelectMany(item => item.EnumerateObject().Select(entry => entry.Value)));
        }

        return parts.Select(PartProblem).FirstOrDefault(problem => problem is not null);
    }

    private static string? PartProblem(JsonElement part)
    {
        if (part.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in ExpressionFields)
        {
            var expression = DynamoDbRequestClassifier.Property(part, field);
            if (expression.ValueKind == JsonValueKind.Undefined)
            {
                continue;
            }

            if (expression.ValueKind != JsonValueKind.String || !IsPlainAscii(expression.GetString()!))
            {
                return $"{field} must be a string of printable ASCII characters; use #name placeholders " +
                    "for attribute names with other characters";
            }

            used.UnionWith(Placeholder().Matches(expression.GetString()!).Select(match => match.Value));
        }

        return MapProblem(part, "ExpressionAttributeNames", '#', used)
            ?? MapProblem(part, "ExpressionAttributeValues", ':', used);
    }

    private static string? MapProblem(JsonElement part, string mapName, char sigil, HashSet<string> used)
    {
        foreach (var name in ExpressionAttributes.Names(DynamoDbRequestClassifier.Property(part, mapName)))
        {
            if (name.Length < 2 || name[0] != sigil || !Placeholder().IsMatch(name)
                || Placeholder().Match(name).Length != name.Length)
            {
                return $"the {mapName} key '{name}' is not '{sigil}' followed by ASCII letters, digits or '_'";
            }

            if (!used.Contains(name))
            {
                return $"the {mapName} key '{name}' is not used as a whole token in any expression; remove it";
            }
        }

        return null;
    }

    private static bool IsPlainAscii(string text) =>
        text.All(c => c is >= ' ' and <= '~' or '\t' or '\n' or '\r');

    [GeneratedRegex("[#:][A-Za-z0-9_]+")]
    private static partial Regex Placeholder();
}
