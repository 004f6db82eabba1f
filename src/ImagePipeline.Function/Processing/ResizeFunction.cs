using System.Text.Json;
using ImagePipeline.Core.Imaging;
using ImagePipeline.Function.Events;
using ImagePipeline.Function.Logging;
using ImagePipeline.Function.Sessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImagePipeline.Function.Processing;

/// <summary>The resize function's handler: turns each S3 upload into two variants and a metadata item.</summary>
/// <remarks>
/// Records are processed one after another and independently. Refused keys, rejected images, superseded
/// and duplicate events are expected outcomes and are returned in the report. When any record fails
/// transiently, the others are still attempted and then <see cref="FunctionInvocationException"/> is thrown,
/// so that Lambda retries the event; the retry is safe because every write is idempotent.
/// </remarks>
public sealed class ResizeFunction
{
    private readonly RecordProcessor _processor;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="clients">The clients for each tenant.</param>
    /// <param name="engine">The image engine.</param>
    /// <param name="settings">The table name and resize spec.</param>
    /// <param name="loggerFactory">Where logs go; nowhere when null.</param>
    /// <param name="time">The clock for timings and timestamps; the system clock when null.</param>
    public ResizeFunction(
        ITenantClients clients,
        IImageEngine engine,
        ResizeFunctionSettings settings,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? time = null)
    {
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ResizeFunction>();
        _processor = new RecordProcessor(clients, engine, settings, _logger, time ?? TimeProvider.System);
    }

    /// <summary>Handles a raw event payload, as the Lambda Runtime API or a local host delivers it.</summary>
    /// <exception cref="ArgumentException">The payload is not an S3 event.</exception>
    /// <exception cref="FunctionInvocationException">A record failed transiently; retry the event.</exception>
    public Task<InvocationReport> HandleJsonAsync(
        ReadOnlyMemory<byte> payload,
        InvocationContext context,
        CancellationToken cancellationToken = default)
    {
        S3Event? s3Event;
        try
        {
            s3Event = JsonSerializer.Deserialize(payload.Span, S3EventJsonContext.Default.S3Event);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException(
                $"The payload is not an S3 event ({ex.Message}); send the JSON S3 delivers.", nameof(payload), ex);
        }

        return HandleAsync(
            s3Event ?? throw new ArgumentException("The payload is JSON null; send an S3 event.", nameof(payload)),
            context,
            cancellationToken);
    }

    /// <summary>Handles an S3 event.</summary>
    /// <exception cref="FunctionInvocationException">A record failed transiently; retry the event.</exception>
    public async Task<InvocationReport> HandleAsync(
        S3Event s3Event,
        InvocationContext context,
        CancellationToken cancellationToken = default)
    {
        using var scope = _logger.BeginScope(FunctionLogScope.ForInvocation(context));
        var records = s3Event.Records ?? [];
        FunctionLog.InvocationStarted(_logger, context.RequestId, records.Count);

        var outcomes = new List<RecordOutcome>(records.Count);
        foreach (var record in records)
        {
            outcomes.Add(await _processor.ProcessAsync(record, context, cancellationToken));
        }

        var report = new InvocationReport(outcomes);
        var processed = report.Count(RecordOutcomeKind.Processed);
        var rejected = report.Count(RecordOutcomeKind.Rejected) + report.Count(RecordOutcomeKind.Refused);
        var skipped = report.Count(RecordOutcomeKind.Superseded) + report.Count(RecordOutcomeKind.DuplicateOrOlder);
        var failed = report.Count(RecordOutcomeKind.Failed);
        FunctionLog.InvocationFinished(_logger, context.RequestId, processed, rejected, skipped, failed);

        return failed > 0 ? throw new FunctionInvocationException(report) : report;
    }
}
