using System.CommandLine;
using System.Text.Json;
using ImagePipeline.LocalCloud.Audit;
using ImagePipeline.LocalCloud.Iam;

namespace ImagePipeline.Cli.Commands;

/// <summary><c>imagepipeline audit</c>: show the gateway's audit trail, filtered by tenant and decision.</summary>
internal static class AuditCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var file = new Option<string>("--file")
        {
            Description = "The audit trail: the JSON-lines file the gateway writes (audit.jsonl in the data folder).",
            Required = true,
        };
        var tenant = new Option<string?>("--tenant")
        {
            Description = "Only requests of sessions tagged UserID=TENANT, or on objects in that tenant's folders.",
        };
        var decision = new Option<string?>("--decision")
        {
            Description = "Only requests with this decision: Allowed, ExplicitDeny or ImplicitDeny.",
        };
        var json = new Option<bool>("--json") { Description = "Print the matching records as JSON lines." };
        var command = new Command(
            "audit",
            "Show the local gateway's audit trail: one row per request with principal, action, resource and decision.");
        foreach (var option in new Option[] { file, tenant, decision, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => Run(
            parseResult.GetValue(file)!,
            parseResult.GetValue(tenant),
            parseResult.GetValue(decision),
            parseResult.GetValue(json),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(
        string path,
        string? tenant,
        string? decision,
        bool json,
        TextWriter output,
        TextWriter error)
    {
        if (decision is not null && !Enum.TryParse<AccessDecision>(decision, ignoreCase: false, out _))
        {
            error.WriteLine($"--decision '{decision}' is not a decision; use Allowed, ExplicitDeny or ImplicitDeny.");
            return ExitCodes.UsageError;
        }

        if (!File.Exists(path))
        {
            error.WriteLine($"Audit file '{path}' does not exist; pass the audit.jsonl the gateway writes.");
            return ExitCodes.UsageError;
        }

        List<AuditRecord> records;
        try
        {
            records = [.. FileAuditSink.ReadAll(path).Where(r => AuditFilter.Matches(r, tenant, decision))];
        }
        catch (InvalidDataException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.UsageError;
        }

        WriteRecords(records, path, json, output);
        return ExitCodes.Success;
    }

    /// <summary>Prints the records as JSON lines or as a table.</summary>
    private static void WriteRecords(List<AuditRecord> records, string path, bool json, TextWriter output)
    {
        if (json)
        {
            foreach (var record in records)
            {
                output.WriteLine(JsonSerializer.Serialize(record, AuditJsonContext.Default.AuditRecord));
            }
        }
        else
        {
            AuditTableRenderer.Render(records, path, output);
        }
    }
}
