using System.Text.Encodings.Web;
using System.Text.Json;
using ImagePipeline.Policies.Verification;

namespace ImagePipeline.Cli.Commands;

/// <summary>Writes an isolation report as one JSON document.</summary>
internal static class PolicyReportJson
{
    /// <summary>The matrix column name of a category.</summary>
    public static string CategoryName(CheckCategory category) => category switch
    {
        CheckCategory.Objects => "objects",
        CheckCategory.Listing => "listing",
        CheckCategory.BucketAdministration => "bucket admin",
        CheckCategory.Items => "items",
        CheckCategory.QueriesAndScans => "queries/batches/scans",
        CheckCategory.Sessions => "sessions",
        CheckCategory.Transport => "plain HTTP",
        _ => "intended access",
    };

    /// <summary>Writes the report.</summary>
    public static void Write(IsolationReport report, string templatePath, TextWriter writer)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("template", templatePath);
            json.WriteBoolean("passed", report.Passed);
            json.WriteNumber("checks", report.Results.Count);
            json.WriteNumber("failed", report.Counterexamples.Count());
            WriteMatrix(report, json);
            json.WriteStartArray("counterexamples");
            foreach (var result in report.Counterexamples)
            {
                WriteCounterexample(result, json);
            }

            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (var warning in report.Warnings)
            {
                json.WriteStringValue(warning.ToString());
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteMatrix(IsolationReport report, Utf8JsonWriter json)
    {
        json.WriteStartArray("matrix");
        foreach (var kind in report.PrincipalKinds)
        {
            json.WriteStartObject();
            json.WriteString("principal", kind);
            foreach (var category in Enum.GetValues<CheckCategory>())
            {
                var (passed, total) = report.Cell(kind, category);
                json.WriteStartObject(CategoryName(category));
                json.WriteNumber("passed", passed);
                json.WriteNumber("total", total);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCounterexample(CheckResult result, Utf8JsonWriter json)
    {
        var check = result.Check;
        json.WriteStartObject();
        json.WriteString("principalKind", check.Principal.Kind);
        json.WriteString("principal", check.Principal.Arn);
        json.WriteString("action", check.Action);
        json.WriteString("resource", check.Resource);
        json.WriteString("category", CategoryName(check.Category));
        json.WriteString("expected", check.ExpectAllowed ? "Allowed" : "Denied");
        json.WriteString("decision", result.Decision.Decision.ToString());
        json.WriteStartObject("context");
        foreach (var key in check.Context.Keys.Order(StringComparer.Ordinal))
        {
            json.WriteStartArray(key);
            foreach (var value in check.Context.TryGetValues(key, out var values) ? values : [])
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteStartArray("matchedStatements");
        foreach (var statement in result.Decision.MatchedStatements)
        {
            json.WriteStringValue(statement.ToString());
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
