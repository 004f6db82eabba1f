using ImagePipeline.Policies.Verification;
using Spectre.Console;

namespace ImagePipeline.Cli.Commands;

/// <summary>Renders an isolation report as a terminal table, then each counterexample and warning.</summary>
internal static class PolicyMatrixRenderer
{
    /// <summary>Writes the report.</summary>
    public static void Write(IsolationReport report, string templatePath, TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = writer == Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = writer == Console.Out ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        console.Profile.Width = Math.Max(console.Profile.Width, 160);

        var categories = Enum.GetValues<CheckCategory>();
        var table = new Table().Title($"Tenant isolation of {Markup.Escape(templatePath)}").AddColumn("principal");
        foreach (var category in categories)
        {
            table.AddColumn(new TableColumn(PolicyReportJson.CategoryName(category)).Centered());
        }

        foreach (var kind in report.PrincipalKinds)
        {
            table.AddRow([Markup.Escape(kind), .. categories.Select(c => Cell(report.Cell(kind, c)))]);
        }

        console.Write(table);
        var failed = report.Counterexamples.ToList();
        console.MarkupLine(failed.Count == 0
            ? $"[green]Isolation holds:[/] {report.Results.Count} checks passed."
            : $"[red]Isolation FAILS:[/] {failed.Count} of {report.Results.Count} checks got the wrong answer.");
        foreach (var result in failed)
        {
            console.WriteLine(Describe(result));
        }

        foreach (var warning in report.Warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning.ToString())}");
        }
    }

    /// <summary>One counterexample on one line: principal, action, resource, context, matched statements.</summary>
    public static string Describe(CheckResult result)
    {
        var check = result.Check;
        var matched = result.Decision.MatchedStatements.Count == 0
            ? "no statement"
            : string.Join(", ", result.Decision.MatchedStatements);
        var context = string.Join(
            " ",
            check.Context.Keys.Order(StringComparer.Ordinal).Select(k => $"{k}={string.Join("|", Values(check, k))}"));
        var expected = check.ExpectAllowed ? "must be allowed" : "must be denied";
        return $"COUNTEREXAMPLE {check.Principal.Kind} {check.Principal.Arn} {check.Action} {check.Resource} " +
            $"{expected} but was {result.Decision.Decision} (matched: {matched}) context: {context}";
    }

    private static IReadOnlyList<string> Values(IsolationCheck check, string key) =>
        check.Context.TryGetValues(key, out var values) ? values : [];

    private static string Cell((int Passed, int Total) cell) => cell.Total == 0
        ? "[grey]-[/]"
        : cell.Passed == cell.Total
            ? $"[green]ok {cell.Passed}/{cell.Total}[/]"
            : $"[red]FAIL {cell.Total - cell.Passed}/{cell.Total}[/]";
}
