using System.Globalization;
using ImagePipeline.LocalCloud.Audit;
using Spectre.Console;

namespace ImagePipeline.Cli.Commands;

/// <summary>Renders audit records as a terminal table.</summary>
internal static class AuditTableRenderer
{
    /// <summary>Writes one row per record, decisions coloured, to <paramref name="writer"/>.</summary>
    public static void Render(IReadOnlyList<AuditRecord> records, string path, TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = writer == Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = writer == Console.Out ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        console.Profile.Width = Math.Max(console.Profile.Width, 200);
        var table = new Table().Title($"Audit trail {Markup.Escape(path)} ({records.Count} requests)");
        string[] columns = ["time", "principal", "tenant", "action", "resource", "decision", "statement", "status"];
        foreach (var column in columns)
        {
            table.AddColumn(column);
        }

        foreach (var record in records)
        {
            table.AddRow(
                Markup.Escape(record.EventTime.UtcDateTime.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)),
                Markup.Escape(record.UserIdentity?.Arn ?? "(unauthenticated)"),
                Markup.Escape(AuditFilter.TenantOf(record) ?? "-"),
                Markup.Escape(record.Action ?? record.EventName),
                Markup.Escape(record.Resource ?? "-"),
                Decision(record.Decision),
                Markup.Escape(record.DecidingStatement ?? "-"),
                Markup.Escape(record.HttpStatus.ToString(CultureInfo.InvariantCulture)));
        }

        console.Write(table);
    }

    private static string Decision(string decision) => decision switch
    {
        "Allowed" => "[green]Allowed[/]",
        "ExplicitDeny" => "[red]ExplicitDeny[/]",
        _ => $"[yellow]{Markup.Escape(decision)}[/]",
    };
}
