using System.CommandLine;
using ImagePipeline.Cli.Demo;
using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.LocalCloud.Emulator;
using ImagePipeline.Policies;
using ImagePipeline.Policies.Templates;
using Spectre.Console;

namespace ImagePipeline.Cli.Commands;

/// <summary><c>imagepipeline demo</c>: the whole pipeline on the local cloud, through the IAM gateway.</summary>
internal static class DemoCommand
{
    /// <summary>Creates the command, writing to the standard console.</summary>
    public static Command Create() => Create(AnsiConsole.Console);

    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var engine = EngineOption();
        var tenants = new Option<string>("--tenants")
        {
            Description = "Comma-separated tenant ids whose sample images are uploaded.",
            DefaultValueFactory = _ => "alice,bob",
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Write the function's JSON log lines to standard error.",
        };
        var template = TemplateOption();

        var command = new Command(
            "demo",
            "Bring up the local cloud from the template, upload generated sample images through the IAM gateway " +
            "as each tenant (alice and bob by default), let each upload's S3 notification run the resize " +
            "function, print every tenant's variants and metadata, check that one tenant cannot read another's " +
            "variant, show the audit counts, and stop.");
        command.Options.Add(engine);
        command.Options.Add(tenants);
        command.Options.Add(verbose);
        command.Options.Add(template);
        command.SetAction((parseResult, ct) => RunAsync(
            console,
            parseResult.GetValue(engine)!,
            parseResult.GetValue(tenants)!,
            parseResult.GetValue(verbose),
            parseResult.GetValue(template),
            ct));
        return command;
    }

    private static Option<string> EngineOption() => new("--engine")
    {
        Description = $"The image engine the function uses: {string.Join(", ", ImageEngines.Names)}.",
        DefaultValueFactory = _ => ImageEngines.DefaultName,
    };

    private static Option<string?> TemplateOption() => new("--template")
    {
        Description = "The CloudFormation template the local cloud is provisioned from (default: " +
            $"{PolicyVerifyCommand.DefaultTemplate} here, else the copy next to the executable).",
    };

    private static async Task<int> RunAsync(
        IAnsiConsole console,
        string engineName,
        string tenantList,
        bool verbose,
        string? templateOption,
        CancellationToken cancellationToken)
    {
        if (!TryParseTenants(tenantList, out var tenants, out var error))
        {
            console.MarkupLineInterpolated($"[red]--tenants:[/] {error}");
            return ExitCodes.UsageError;
        }

        if (TryCreateEngine(console, engineName) is not { } engine)
        {
            return ExitCodes.UsageError;
        }

        if (UpCommand.ResolveTemplate(templateOption) is not { } templatePath)
        {
            console.MarkupLine(
                $"[red]No template at '{PolicyVerifyCommand.DefaultTemplate}' here or next to the executable;[/] " +
                "pass --template PATH.");
            return ExitCodes.UsageError;
        }

        var settings = new DemoSettings(templatePath, tenants, engine, verbose);
        return await RunDemoAsync(console, settings, cancellationToken);
    }

    /// <summary>The named engine, or null after reporting why there is none.</summary>
    private static IImageEngine? TryCreateEngine(IAnsiConsole console, string engineName)
    {
        try
        {
            return ImageEngines.Create(engineName);
        }
        catch (ArgumentException ex)
        {
            console.MarkupLineInterpolated($"[red]--engine:[/] {ex.Message}");
            return null;
        }
    }

    /// <summary>Runs the demo, turning a local cloud that cannot start into a usage error.</summary>
    private static async Task<int> RunDemoAsync(
        IAnsiConsole console,
        DemoSettings settings,
        CancellationToken cancellationToken)
    {
        try
        {
            return await new DemoRunner(settings, console).RunAsync(cancellationToken);
        }
        catch (EmulatorSetupException ex)
        {
            console.MarkupLineInterpolated($"[red]The local emulator could not start:[/] {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ex is ArgumentException or TemplateException or PolicyFormatException
            or NotSupportedException)
        {
            console.MarkupLineInterpolated($"[red]The local cloud could not start:[/] {ex.Message}");
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
