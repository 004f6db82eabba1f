using System.CommandLine;
using ImagePipeline.Core.Imaging;
using ImagePipeline.LocalCloud.Emulator;
using ImagePipeline.LocalCloud.Hosting;
using ImagePipeline.Policies;
using ImagePipeline.Policies.Templates;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace ImagePipeline.Cli.Commands;

/// <summary><c>imagepipeline up</c>: the local cloud, provisioned from the template, until Ctrl-C.</summary>
internal static class UpCommand
{
    /// <summary>The data folder used when none is given.</summary>
    public const string DefaultDataDirectory = ".imagepipeline";

    /// <summary>The gateway port used when none is given; the port AWS emulators conventionally use.</summary>
    public const int DefaultPort = 4566;

    /// <summary>Creates the command, writing to the standard console.</summary>
    public static Command Create() => Create(AnsiConsole.Console);

    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var data = DataOption();
        var port = PortOption();
        var template = TemplateOption();
        var engine = EngineOption();
        var verbose = new Option<bool>("--verbose") { Description = "Log every request and invocation." };

        var command = new Command(
            "up",
            "Start moto, the IAM-enforcing gateway and the function host, provision deploy/template.yaml, print the " +
            "endpoint and how to use it, and run until Ctrl-C.");
        command.Options.Add(data);
        command.Options.Add(port);
        command.Options.Add(template);
        command.Options.Add(engine);
        command.Options.Add(verbose);
        command.SetAction((parseResult, ct) =>
        {
            var templatePath = ResolveTemplate(parseResult.GetValue(template));
            if (templatePath is null)
            {
                console.MarkupLine(
                    $"[red]No template at '{PolicyVerifyCommand.DefaultTemplate}' here or next to the executable;[/] " +
                    "pass --template PATH.");
                return Task.FromResult(ExitCodes.UsageError);
            }

            var options = new LocalCloudOptions
            {
                TemplatePath = templatePath,
                DataDirectory = parseResult.GetValue(data)!,
                Port = parseResult.GetValue(port),
                EngineName = parseResult.GetValue(engine),
            };
            return RunAsync(console, options, parseResult.GetValue(verbose), ct);
        });
        return command;
    }

    private static Option<int> PortOption() => new("--port")
    {
        Description = $"The loopback port the gateway listens on (default {DefaultPort}; 0 picks a free one).",
        DefaultValueFactory = _ => DefaultPort,
    };

    private static Option<string?> TemplateOption() => new("--template")
    {
        Description = $"The CloudFormation template to provision (default: {PolicyVerifyCommand.DefaultTemplate} " +
            "here, else the copy next to the executable).",
    };

    private static Option<string?> EngineOption() => new("--engine")
    {
        Description = $"The image engine the function uses: {string.Join(", ", ImageEngines.Names)}.",
    };

    /// <summary>The <c>--data</c> option, shared with <c>creds</c>.</summary>
    public static Option<string> DataOption() => new("--data")
    {
        Description = $"The folder for the audit trail, the dead-letter file and the state file (default " +
            $"{DefaultDataDirectory}).",
        DefaultValueFactory = _ => DefaultDataDirectory,
    };

    /// <summary>Starts the local cloud, prints how to use it, waits for cancellation and stops it.</summary>
    internal static async Task<int> RunAsync(
        IAnsiConsole console,
        LocalCloudOptions options,
        bool verbose,
        CancellationToken cancellationToken)
    {
        if (options.EngineName is { } engine && !ImageEngines.Names.Contains(engine))
        {
            var names = string.Join(", ", ImageEngines.Names);
            console.MarkupLineInterpolated($"[red]--engine:[/] '{engine}' is no image engine; use one of {names}.");
            return ExitCodes.UsageError;
        }

        // The framework's own logs (Kestrel, hosting) repeat what the command reports; show them only on request.
        using var loggerFactory = CreateLoggerFactory(verbose);
        var cloud = await TryStartAsync(console, options with { LoggerFactory = loggerFactory }, cancellationToken);
        if (cloud is null)
        {
            return ExitCodes.UsageError;
        }

        await using (cloud)
        {
            await ServeUntilCancelledAsync(console, cloud, options.DataDirectory, cancellationToken);
        }

        console.MarkupLineInterpolated($"Stopped. The audit trail is in {cloud.AuditPath}.");
        return ExitCodes.Success;
    }

    private static ILoggerFactory CreateLoggerFactory(bool verbose) => LoggerFactory.Create(builder => builder
        .AddSimpleConsole(o => o.SingleLine = true)
        .SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning)
        .AddFilter("Microsoft", verbose ? LogLevel.Information : LogLevel.None));

    /// <summary>Starts the local cloud, or reports why it could not start and returns null.</summary>
    private static async Task<LocalCloudHost?> TryStartAsync(
        IAnsiConsole console,
        LocalCloudOptions options,
        CancellationToken cancellationToken)
    {
        try
        {
            console.MarkupLine("Starting the local cloud...");
            return await LocalCloudHost.StartAsync(options, cancellationToken);
        }
        catch (IOException ex)
        {
            console.MarkupLineInterpolated(
                $"[red]The local cloud could not start:[/] {ex.Message} Pass --port with a free port, or 0 for any.");
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or TemplateException or PolicyFormatException
            or EmulatorSetupException or NotSupportedException)
        {
            console.MarkupLineInterpolated($"[red]The local cloud could not start:[/] {ex.Message}");
            return null;
        }
    }

    /// <summary>Writes the state file and banner, waits for cancellation, then deletes the state file.</summary>
    private static async Task ServeUntilCancelledAsync(
        IAnsiConsole console,
        LocalCloudHost cloud,
        string dataDirectory,
        CancellationToken cancellationToken)
    {
        var statePath = LocalCloudStateFile.Write(dataDirectory, LocalCloudState.Of(cloud));
        UpBanner.Write(console, cloud, dataDirectory, statePath);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("Stopping the local cloud...");
        }
        finally
        {
            LocalCloudStateFile.Delete(dataDirectory);
        }
    }

    /// <summary>The template given, else the default one here or next to the executable, else null.</summary>
    internal static string? ResolveTemplate(string? given)
    {
        if (given is not null)
        {
            return given;
        }

        string[] candidates =
        [
            PolicyVerifyCommand.DefaultTemplate,
            Path.Combine(AppContext.BaseDirectory, PolicyVerifyCommand.DefaultTemplate),
        ];
        return candidates.FirstOrDefault(File.Exists);
    }
}
