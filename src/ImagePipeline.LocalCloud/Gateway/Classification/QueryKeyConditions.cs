using System.Text.Json;
using System.Text.RegularExpressions;

namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>Finds the partition key value a <c>Query</c> asks for, from its key condition.</summary>
internal static partial class QueryKeyConditions
{
    /// <summary>The values the partition key is compared to with <c>=</c>; every compared value when the
    /// partition key is unknown, so an unknown schema never narrows the set.</summary>
    public static IEnumerable<string?> PartitionValues(JsonElement body, string? partitionKey)
    {
        var names = DynamoDbRequestClassifier.Property(body, "ExpressionAttributeNames");
        var values = DynamoDbRequestClassifier.Property(body, "ExpressionAttributeValues");
        var expression = DynamoDbRequestClassifier.Property(body, "KeyConditionExpression");
        if (expression.ValueKind == JsonValueKind.String)
        {
            foreach (Match match in Equality().Matches(expression.GetString()!))
            {
                var (name, placeholder) = match.Groups["a"].Value.StartsWith(':')
                    ? (match.Groups["b"].Value, match.Groups["a"].Value)
                    : (match.Groups["a"].Value, match.Groups["b"].Value);
                var resolved = ExpressionAttributes.Resolve(name, names);
                if ((partitionKey is null || resolved == partitionKey)
                    && values.ValueKind == JsonValueKind.Object && values.TryGetProperty(placeholder, out var value))
                {
                    yield return ExpressionAttributes.ValueText(value);
                }
            }
        }

        foreach (var value in LegacyConditions(body, partitionKey))
        {
            yield return value;
        }
    }

    private static IEnumerable<string?> LegacyConditions(JsonElement body, string? partitionKey)
    {
        var conditions = DynamoDbRequestClassifier.Property(body, "KeyConditions");
        if (conditions.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var condition in conditions.EnumerateObject())
        {
            var op = DynamoDbRequestClassifier.Property(condition.Value, "ComparisonOperator");
            var list = DynamoDbRequestClassifier.Property(condition.Value, "AttributeValueList");
            if ((partitionKey is null || condition.Name == partitionKey) && op.ValueKind == JsonValueKind.String
                && op.GetString() == "EQ" && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var value in list.EnumerateArray())
                {
                    yield return ExpressionAttributes.ValueText(value);
                }
            }
        }
    }

    /// <remarks>Whole tokens only: a match may neither start nor end inside a longer name or placeholder.</remarks>
    [GeneratedRegex(@"(?<![A-Za-z0-9_#:])(?<a>[#:]?[A-Za-z0-9_]+)\s*=\s*(?<b>[#:]?[A-Za-z0-9_]+)(?![A-Za-z0-9_])")]
    private static partial Regex Equality();
}
