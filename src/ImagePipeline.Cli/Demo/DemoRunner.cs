using ImagePipeline.Function.Configuration;
using ImagePipeline.Function.Logging;
using ImagePipeline.Function.Processing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace ImagePipeline.Cli.Demo;

/// <summary>Runs the demo end to end: emulator, bucket and table, uploads, function, read-back, tables.</summary>
/// <remarks>
/// Steps: (1) start moto; (2) create the bucket and table; (3) upload every tenant's samples; (4) invoke the
/// function with each upload's S3 event; (5) read back objects and items; (6) print a table per tenant.
/// The emulator is stopped whatever happens.
/// </remarks>
internal sealed class DemoRunner
{
    private readonly DemoSettings _settings;
    private readonly IAnsiConsole _console;
    private readonly DemoProgress _progress;

    public DemoRunner(DemoSettings settings, IAnsiConsole console)
    {
        _settings = settings;
        _console = console;
        _progress = new DemoProgress(console);
    }

    /// <summary>Runs the demo and returns the exit code.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var loggerFactory = CreateFunctionLoggerFactory();
        var (results, outcomes) = await _progress.RunAsync(() => RunStepsAsync(loggerFactory, cancellationToken));

        DemoReport.Render(_console, results);
        return Verdict(outcomes);
    }

    private async Task<(IReadOnlyList<DemoTenantResult>, IReadOnlyList<DemoUploadOutcome>)> RunStepsAsync(
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        _progress.Step("Starting moto server (a first run may install it into a private Python environment)");
        await using var backend = await DemoBackend.StartAsync(NullLogger.Instance, cancellationToken);
        _progress.Done($"moto server listening on {backend.Options.EndpointUrl}");

        _progress.Step("Creating the bucket and the metadata table");
        await backend.ProvisionAsync(cancellationToken);
        _progress.Done($"bucket {backend.Bucket} and table {backend.Options.TableName} created");

        _progress.Step("Uploading sample images");
        var uploads = await DemoPipeline.UploadSamplesAsync(backend, _settings.Tenants, cancellationToken);
        _progress.Done($"{uploads.Count} originals uploaded for {_settings.Tenants.Count} tenant(s)");

        _progress.Step($"Invoking the resize function ({_settings.Engine.Name}) with each upload's S3 event");
        var function = ResizeFunctionFactory.Create(backend.Options, _settings.Engine, loggerFactory);
        var outcomes = await DemoPipeline.InvokeFunctionAsync(function, uploads, cancellationToken);
        _progress.Done($"{outcomes.Count(o => o.Kind == RecordOutcomeKind.Processed)} processed, " +
            $"{outcomes.Count(o => o.Kind == RecordOutcomeKind.Rejected)} rejected");

        _progress.Step("Reading back variants from S3 and metadata from DynamoDB");
        var results = await DemoReadBack.ReadAsync(backend, _settings.Tenants, cancellationToken);
        _progress.Step("Stopping moto server");
        return (results, uploads.Zip(outcomes, (u, o) => new DemoUploadOutcome(u, o)).ToList());
    }

    private int Verdict(IReadOnlyList<DemoUploadOutcome> outcomes)
    {
        var unexpected = outcomes
            .Where(o => o.Outcome.Kind != Expected(o.Upload.Sample))
            .ToList();
        foreach (var miss in unexpected)
        {
            _console.MarkupLineInterpolated(
                $"[red]Unexpected:[/] {miss.Upload.Upload.Key} ended {miss.Outcome.Kind}: {miss.Outcome.Detail}");
        }

        if (unexpected.Count > 0)
        {
            return Commands.ExitCodes.Failed;
        }

        _console.MarkupLine("[green]Every image was processed, and every hostile file was rejected with a reason.[/]");
        return Commands.ExitCodes.Success;
    }

    private static RecordOutcomeKind Expected(DemoSample sample) =>
        sample.IsHostile ? RecordOutcomeKind.Rejected : RecordOutcomeKind.Processed;

    private ILoggerFactory CreateFunctionLoggerFactory() => _settings.ShowFunctionLogs
        ? LoggerFactory.Create(builder => builder.AddProvider(new JsonLinesLoggerProvider(Console.Error)))
        : NullLoggerFactory.Instance;
}
