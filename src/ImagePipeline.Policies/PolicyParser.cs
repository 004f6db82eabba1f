using System.Globalization;
using System.Text.Json;
using ImagePipeline.Policies.Compilation;

namespace ImagePipeline.Policies;

/// <summary>Parses policy JSON into a validated, compiled document.</summary>
internal static class PolicyParser
{
    private static readonly string[] DocumentElements = ["Version", "Id", "Statement"];

    private static readonly string[] StatementElements =
    [
        "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
    ];

    /// <summary>Parses a document; see <see cref="PolicyDocument.Parse"/>.</summary>
    public static PolicyDocument Parse(string json, PolicyKind kind, string name)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new PolicyFormatException($"Policy '{name}' is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new PolicyFormatException(
                    $"Policy '{name}' is a JSON {root.ValueKind}; a policy is an object with Version and Statement.");
            }

            return ParseRoot(root, kind, name, json);
        }
    }

    private static PolicyDocument ParseRoot(JsonElement root, PolicyKind kind, string name, string json)
    {
        RejectUnknownElements(root, name);
        var version = ReadVersion(root, name);
        var id = root.TryGetProperty("Id", out var idElement)
            ? ScalarText(idElement, $"Policy '{name}', element 'Id'")
            : null;
        if (!root.TryGetProperty("Statement", out var statementElement))
        {
            throw new PolicyFormatException($"Policy '{name}' has no 'Statement' element; add at least one statement.");
        }

        var elements = statementElement.ValueKind == JsonValueKind.Array
            ? statementElement.EnumerateArray().ToList()
            : [statementElement];
        if (elements.Count == 0)
        {
            throw new PolicyFormatException(
                $"Policy '{name}' has an empty 'Statement' list; add at least one statement.");
        }

        var variables = version == PolicyVersions.Current;
        var statements = new List<PolicyStatement>(elements.Count);
        var compiled = new List<CompiledStatement>(elements.Count);
        for (var i = 0; i < elements.Count; i++)
        {
            var reader = new StatementReader(elements[i], i, kind, name, variables);
            var statement = reader.Read();
            statements.Add(statement);
            compiled.Add(new CompiledStatement(
                statement,
                new MatchedStatement(name, kind, statement.Label, statement.Effect),
                reader.CompileConditions(statement),
                variables));
        }

        return new PolicyDocument(name, kind, version, id, statements, json, [.. compiled]);
    }

    private static void RejectUnknownElements(JsonElement root, string name)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (!DocumentElements.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new PolicyFormatException(
                    $"Policy '{name}' has an element '{property.Name}' that is not a policy element; " +
                    $"a policy has only {string.Join(", ", DocumentElements)}.");
            }
        }
    }

    private static string ReadVersion(JsonElement root, string name)
    {
        if (!root.TryGetProperty("Version", out var element))
        {
            return PolicyVersions.Legacy;
        }

        var version = element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
        if (version is PolicyVersions.Current or PolicyVersions.Legacy)
        {
            return version;
        }

        throw new PolicyFormatException(
            $"Policy '{name}', element 'Version': '{version}' is not a policy language version; " +
            $"write \"{PolicyVersions.Current}\".");
    }

    /// <summary>Reads a string, number or boolean as text, the way IAM accepts scalar values.</summary>
    internal static string ScalarText(JsonElement element, string where) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw new PolicyFormatException(
            $"{where}: a JSON {element.ValueKind} is not a value; write a string or a list of strings."),
    };

    /// <summary>Reads a value or a non-empty list of values.</summary>
    internal static List<string> ValueList(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            return [ScalarText(element, where)];
        }

        var values = element.EnumerateArray().Select(e => ScalarText(e, where)).ToList();
        if (values.Count == 0)
        {
            throw new PolicyFormatException($"{where}: the list is empty; give at least one value.");
        }

        return values;
    }

    /// <summary>Formats a number for messages without culture surprises.</summary>
    internal static string Position(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether a name is one of the statement elements.</summary>
    internal static bool IsStatementElement(string name) => StatementElements.Contains(name, StringComparer.Ordinal);

    /// <summary>The statement elements, for messages.</summary>
    internal static string StatementElementList => string.Join(", ", StatementElements);
}
