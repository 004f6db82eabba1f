using System.CommandLine;
using ImagePipeline.Cli.Demo;
using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.LocalCloud.Emulator;
using Spectre.Console;

namespace ImagePipeline.Cli.Commands;

/// <summary><c>imagepipeline demo</c>: the whole pipeline on a local emulator, from one command.</summary>
internal static class DemoCommand
{
    /// <summary>Creates the command, writing to the standard console.</summary>
    public static Command Create() => Create(AnsiConsole.Console);

    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var engine = new Option<string>("--engine")
        {
            Description = $"The image engine the function uses: {string.Join(", ", ImageEngines.Names)}.",
            DefaultValueFactory = _ => ImageEngines.DefaultName,
        };
        var tenants = new Option<string>("--tenants")
        {
            Description = "Comma-separated tenant ids whose sample images are uploaded.",
            DefaultValueFactory = _ => "alice,bob",
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Write the function's JSON log lines to standard error.",
        };

        var command = new Command(
            "demo",
            "Start a local emulator, upload generated sample images for each tenant (alice and bob by default), " +
            "run the resize function on each upload's S3 event, print every tenant's variants and metadata, and stop.");
        command.Options.Add(engine);
        command.Options.Add(tenants);
        command.Options.Add(verbose);
        command.SetAction((parseResult, ct) => RunAsync(
            console,
            parseResult.GetValue(engine)!,
            parseResult.GetValue(tenants)!,
            parseResult.GetValue(verbose),
            ct));
        return command;
    }

    private static async Task<int> RunAsync(
        IAnsiConsole console,
        string engineName,
        string tenantList,
        bool verbose,
        CancellationToken cancellationToken)
    {
        if (!TryParseTenants(tenantList, out var tenants, out var error))
        {
            console.MarkupLineInterpolated($"[red]--tenants:[/] {error}");
            return ExitCodes.UsageError;
        }

        IImageEngine engine;
        try
        {
            engine = ImageEngines.Create(engineName);
        }
        catch (ArgumentException ex)
        {
            console.MarkupLineInterpolated($"[red]--engine:[/] {ex.Message}");
            return ExitCodes.UsageError;
        }

        try
        {
            var settings = new DemoSettings(tenants, engine, verbose);
            return await new DemoRunner(settings, console).RunAsync(cancellationToken);
        }
        catch (EmulatorSetupException ex)
        {
            console.MarkupLineInterpolated($"[red]The local emulator could not start:[/] {ex.Message}");
            return ExitCodes.UsageError;
        }
    }

    private static bool TryParseTenants(string list, out IReadOnlyList<TenantId> tenants, out string? error)
    {
        var parsed = new List<TenantId>();
        tenants = parsed;
        foreach (var part in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TenantId.TryParse(part, out var tenant, out error))
            {
                return false;
            }

            if (parsed.Contains(tenant))
            {
                error = $"Tenant '{part}' is listed twice; name each tenant once.";
                return false;
            }

            parsed.Add(tenant);
        }

        error = parsed.Count == 0 ? "No tenant given; pass at least one, for example --tenants alice,bob." : null;
        return error is null;
    }
}
