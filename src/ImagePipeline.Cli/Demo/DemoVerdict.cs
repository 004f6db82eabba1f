using Spectre.Console;

namespace ImagePipeline.Cli.Demo;

/// <summary>Says whether the demo showed what it should: every image handled as expected, isolation held.</summary>
internal static class DemoVerdict
{
    /// <summary>Prints the isolation check and the audit counts.</summary>
    public static void RenderIsolationAndAudit(IAnsiConsole console, DemoRun run)
    {
        if (run.Isolation is { } check)
        {
            var color = check.Refused ? "green" : "red";
            console.MarkupLineInterpolated(
                $"[{color}]Isolation:[/] {check.Attacker.Value}'s session asked for {check.Key}: {check.Answer}.");
        }
        else
        {
            console.MarkupLine("[yellow]Isolation:[/] not checked; it needs two tenants with variants.");
        }

        var audit = run.Audit;
        console.MarkupLineInterpolated(
            $"Audit trail: {audit.Allowed} request(s) allowed, {audit.Denied} refused by IAM, {audit.Other} other.");
    }

    /// <summary>Prints what went wrong, if anything, and returns the exit code.</summary>
    public static int Decide(IAnsiConsole console, DemoRun run)
    {
        var statuses = run.Results
            .SelectMany(r => r.Originals)
            .ToDictionary(o => o.Key, o => o.Status, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var upload in run.Uploads)
        {
            var expected = upload.Sample.IsHostile ? "Rejected" : "Processed";
            var actual = statuses.GetValueOrDefault(upload.Key) ?? "missing";
            if (actual != expected)
            {
                problems.Add($"{upload.Key} ended {actual}, expected {expected}");
            }
        }

        problems.AddRange(run.Missing.Select(key => $"{key} got no metadata item within {DemoRunner.ItemTimeout}"));
        if (run.Isolation is { Refused: false } leak)
        {
            problems.Add($"{leak.Attacker.Value} could read {leak.Key}: isolation failed");
        }

        foreach (var problem in problems.Distinct(StringComparer.Ordinal))
        {
            console.MarkupLineInterpolated($"[red]Unexpected:[/] {problem}");
        }

        if (problems.Count > 0)
        {
            return Commands.ExitCodes.Failed;
        }

        console.MarkupLine(
            "[green]Every image was processed through its notification, every hostile file was rejected with a " +
            "reason, and the other tenant's variant stayed out of reach.[/]");
        return Commands.ExitCodes.Success;
    }
}
