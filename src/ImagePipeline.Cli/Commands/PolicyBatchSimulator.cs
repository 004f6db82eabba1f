using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ImagePipeline.Policies;

namespace ImagePipeline.Cli.Commands;

/// <summary>Evaluates JSON-lines requests, compiling each distinct policy set once.</summary>
internal sealed class PolicyBatchSimulator
{
    private readonly Dictionary<string, PolicyEvaluator> _cache = new(StringComparer.Ordinal);

    /// <summary>How many distinct policy sets were compiled.</summary>
    public int CompiledSets => _cache.Count;

    /// <summary>Answers every line; a bad line gets an error line and the rest go on. Returns the exit code.</summary>
    public int Run(TextReader input, TextWriter output, TextWriter error)
    {
        var failures = 0;
        var number = 0;
        var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var json = new Utf8JsonWriter(buffer, options);
        while (input.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            json.Reset();
            buffer.SetLength(0);
            if (!Answer(line, number, json, error))
            {
                failures++;
            }

            json.Flush();
            output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.UsageError;
    }

    private bool Answer(string line, int number, Utf8JsonWriter json, TextWriter error)
    {
        string? id = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            id = root.TryGetProperty("id", out var idElement) ? Text(idElement) : LineId(number);
            var evaluator = Evaluator(root);
            var decision = evaluator.Evaluate(PolicySimulationLine.Request(root));
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("decision", decision.Decision.ToString());
            json.WriteStartArray("matchedStatements");
            foreach (var statement in decision.MatchedStatements)
            {
                json.WriteStringValue(statement.ToString());
            }

            json.WriteEndArray();
            json.WriteEndObject();
            return true;
        }
        catch (Exception ex) when (ex is JsonException or PolicyFormatException or FormatException
            or InvalidOperationException or KeyNotFoundException)
        {
            error.WriteLine($"Line {number}: {ex.Message}");
            json.WriteStartObject();
            json.WriteString("id", id ?? LineId(number));
            json.WriteString("error", ex.Message);
            json.WriteEndObject();
            return false;
        }
    }

    private PolicyEvaluator Evaluator(JsonElement root)
    {
        var key = PolicySimulationLine.PolicyKey(root);
        if (!_cache.TryGetValue(key, out var evaluator))
        {
            evaluator = PolicySimulationLine.Policies(root).Compile();
            _cache[key] = evaluator;
        }

        return evaluator;
    }

    private static string LineId(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Text(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
}
