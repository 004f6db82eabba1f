using System.Text.Json;

namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>Reads attribute names and values out of DynamoDB expressions and attribute maps.</summary>
internal static class ExpressionAttributes
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "SET", "REMOVE", "ADD", "DELETE", "AND", "OR", "NOT", "BETWEEN", "IN", "if_not_exists", "list_append",
        "attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains", "size",
    };

    /// <summary>The text of a key attribute value (<c>S</c>, <c>N</c> or <c>B</c>), or null for other types.</summary>
    public static string? ValueText(JsonElement attributeValue)
    {
        if (attributeValue.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var type in new[] { "S", "N", "B" })
        {
            if (attributeValue.TryGetProperty(type, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }

    /// <summary>The property names of a JSON object, or none when it is not an object.</summary>
    public static IEnumerable<string> Names(JsonElement map) =>
        map.ValueKind == JsonValueKind.Object ? map.EnumerateObject().Select(p => p.Name) : [];

    /// <summary>Resolves a <c>#name</c> placeholder through <c>ExpressionAttributeNames</c>.</summary>
    public static string Resolve(string token, JsonElement names)
    {
        if (!token.StartsWith('#'))
        {
            return token;
        }

        return names.ValueKind == JsonValueKind.Object && names.TryGetProperty(token, out var name)
            && name.ValueKind == JsonValueKind.String
            ? name.GetString()!
            : token;
    }

    /// <summary>The top-level attribute names an expression touches (paths reduced to their first element).</summary>
    public static IEnumerable<string> TopLevelNames(string? expression, JsonElement names)
    {
        if (string.IsNullOrEmpty(expression))
        {
            yield break;
        }

        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (c == ':' || c == '.' || c == '[')
            {
                i = SkipToken(expression, i + 1);
                continue;
            }

            if (c == '#' || char.IsLetter(c) || c == '_')
            {
                var end = SkipToken(expression, i + 1);
                var token = expression[i..end];
                var next = end < expression.Length ? expression[end..].TrimStart() : string.Empty;
                if (!Words.Contains(token) && !next.StartsWith('('))
                {
                    yield return Resolve(token, names);
                }

                i = end;
                continue;
            }

            i++;
        }
    }

    private static int SkipToken(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '#'))
        {
            i++;
        }

        return i;
    }
}
