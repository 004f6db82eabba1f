using ImagePipeline.Function.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace ImagePipeline.Cli.Demo;

/// <summary>Runs the demo on the local cloud: uploads through the gateway, notifications, read-back.</summary>
/// <remarks>
/// Steps: (1) start the local cloud from the template; (2) upload every tenant's samples through the gateway
/// as that tenant's user session; (3) wait while each upload's S3 notification runs the function; (4) read
/// back objects and items as each tenant; (5) try a cross-tenant read; (6) count the audit trail's decisions;
/// (7) print a table per tenant. The local cloud is stopped whatever happens.
/// </remarks>
internal sealed class DemoRunner
{
    /// <summary>How long the demo waits for the function to write every item.</summary>
    public static readonly TimeSpan ItemTimeout = TimeSpan.FromMinutes(2);

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
        var run = await _progress.RunAsync(() => RunStepsAsync(loggerFactory, cancellationToken));

        DemoReport.Render(_console, run.Results);
        DemoVerdict.RenderIsolationAndAudit(_console, run);
        return DemoVerdict.Decide(_console, run);
    }

    private async Task<DemoRun> RunStepsAsync(ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        _progress.Step(
            "Starting the local cloud: moto (a first run may install it), the IAM gateway, the function host");
        await using var cloud = await DemoCloud.StartAsync(
            _settings.TemplatePath, _settings.Engine.Name, loggerFactory, cancellationToken);
        var endpoint = cloud.Host.Endpoint.ToString().TrimEnd('/');
        _progress.Done($"gateway on {endpoint}, bucket {cloud.Bucket}, table {cloud.Table}, from the template");

        _progress.Step("Uploading sample images through the gateway, each as its tenant's user session");
        var uploads = await DemoPipeline.UploadSamplesAsync(cloud, _settings.Tenants, cancellationToken);
        _progress.Done($"{uploads.Count} originals uploaded for {_settings.Tenants.Count} tenant(s)");

        var missing = await WaitForFunctionAsync(cloud, uploads, cancellationToken);

        _progress.Step("Reading back variants and metadata, each as its tenant");
        var results = await DemoReadBack.ReadAsync(cloud, _settings.Tenants, cancellationToken);
        _progress.Step("Checking isolation: one tenant asks for another tenant's variant");
        var isolation = await DemoIsolationCheck.RunAsync(cloud, results, cancellationToken);
        var audit = DemoAuditSummary.Read(cloud.Host.AuditPath);
        _progress.Step("Stopping the local cloud");
        return new DemoRun(uploads, results, missing, isolation, audit);
    }

    private async Task<IReadOnlyList<string>> WaitForFunctionAsync(
        DemoCloud cloud,
        IReadOnlyList<DemoUpload> uploads,
        CancellationToken cancellationToken)
    {
        _progress.Step($"Waiting for the resize function ({_settings.Engine.Name}), triggered by S3 notifications");
        var shown = -1;
        var missing = await DemoPipeline.WaitForItemsAsync(
            cloud,
            uploads,
            (done, total) =>
            {
                if (done != shown)
                {
                    shown = done;
                    _progress.Step($"Waiting for the resize function: {done} of {total} items written");
                }
            },
            ItemTimeout,
            cancellationToken);
        _progress.Done($"{uploads.Count - missing.Count} of {uploads.Count} items written by " +
            $"{cloud.Host.Functions.Invocations} notification-triggered invocation(s)");
        return missing;
    }

    private ILoggerFactory CreateFunctionLoggerFactory() => _settings.ShowFunctionLogs
        ? LoggerFactory.Create(builder => builder
            .AddProvider(new JsonLinesLoggerProvider(Console.Error))
            .AddFilter((category, _) =>
                category?.StartsWith("ImagePipeline.Function", StringComparison.Ordinal) == true))
        : NullLoggerFactory.Instance;
}
