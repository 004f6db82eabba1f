using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Metadata;
using ImagePipeline.Function.Diagnostics;
using ImagePipeline.Function.Events;
using ImagePipeline.Function.Logging;
using ImagePipeline.Function.Sessions;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.Function.Processing;

/// <summary>Processes one event record: check, read, resize, write variants, then write the item last.</summary>
/// <remarks>
/// Steps: (1) check the record and its key without calling any service; (2) take the tenant's clients;
/// (3) read the original pinned to the event's ETag; (4) resize; (5) write the variants; (6) write the
/// item with the sequencer condition. When the original changed during (3) to (5), the variants are rebuilt
/// from the current original (see <see cref="VariantRepair"/>) and the item is left to the newer event.
/// Refused input ends as a value; a service failure ends as <see cref="RecordOutcomeKind.Failed"/> so the
/// invocation can throw after every record was tried.
/// </remarks>
internal sealed class RecordProcessor
{
    private const string SupersededWhileProcessing =
        "a newer upload replaced the original while this event was processed; the variants were rebuilt "
        + "from the current original and the item is left to the newer event";

    private readonly ITenantClients _clients;
    private readonly IImageEngine _engine;
    private readonly ResizeFunctionSettings _settings;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public RecordProcessor(
        ITenantClients clients,
        IImageEngine engine,
        ResizeFunctionSettings settings,
        ILogger logger,
        TimeProvider time)
    {
        _clients = clients;
        _engine = engine;
        _settings = settings;
        _logger = logger;
        _time = time;
    }

    public async Task<RecordOutcome> ProcessAsync(
        S3EventRecord? record,
        InvocationContext context,
        CancellationToken cancellationToken)
    {
        var check = RecordValidator.Check(record);
        if (!check.IsValid)
        {
            ReportEnded(check.Outcome, record?.EventName);
            return check.Outcome;
        }

        var work = check.Record;
        using var scope = _logger.BeginScope(FunctionLogScope.ForImage(work.Original));
        try
        {
            return await ProcessValidAsync(work, context, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            FunctionLog.RecordFailed(_logger, work.Original.Key, ex);
            FunctionMetrics.Failed.Add(1);
            return new RecordOutcome(RecordOutcomeKind.Failed, work.Original.Key, ex.Message)
            {
                Tenant = work.Original.Tenant.Value,
                Error = ex,
            };
        }
    }

    private async Task<RecordOutcome> ProcessValidAsync(
        ValidatedRecord work,
        InvocationContext context,
        CancellationToken cancellationToken)
    {
        var timer = new StepTimer(_time);
        var spec = _settings.Spec;
        var clients = await _clients.ForTenantAsync(work.Original.Tenant, cancellationToken);
        if (work.Size is { } announced && announced > spec.MaxInputBytes)
        {
            var early = new ProcessedImage(TooLarge(announced, spec), announced, [], new ImageTimings(0, 0, 0, 0));
            return await FinishAsync(work, clients.DynamoDb, context, early, cancellationToken);
        }

        var read = await OriginalReader.ReadAsync(clients.S3, work, spec.MaxInputBytes, cancellationToken);
        var downloadMs = timer.Lap();
        if (read.IsStale)
        {
            return Superseded(work, read.SkipReason!);
        }

        var outcome = read.DeclaredLength > spec.MaxInputBytes
            ? TooLarge(read.DeclaredLength, spec)
            : _engine.Resize(read.Content, spec, cancellationToken);
        var resizeMs = timer.Lap();
        FunctionMetrics.ResizeDuration.Record(resizeMs);

        var variants = await WriteVariantsAsync(clients.S3, work, outcome, cancellationToken);
        if (variants is null)
        {
            return Superseded(work, SupersededWhileProcessing);
        }

        var timings = new ImageTimings(downloadMs, resizeMs, timer.Lap(), timer.Total());
        var image = new ProcessedImage(outcome, read.DeclaredLength, variants, timings);
        return await FinishAsync(work, clients.DynamoDb, context, image, cancellationToken);
    }

    /// <summary>Writes the variants; null when a newer upload landed meanwhile and they were rebuilt from it.</summary>
    private async Task<IReadOnlyList<VariantRecord>?> WriteVariantsAsync(
        Amazon.S3.IAmazonS3 s3,
        ValidatedRecord work,
        ResizeOutcome outcome,
        CancellationToken cancellationToken)
    {
        if (!outcome.Succeeded)
        {
            return [];
        }

        var variants = await VariantWriter.WriteAsync(
            s3, work.Bucket, work.Original, outcome.Variants, cancellationToken);
        if (await OriginalReader.IsCurrentAsync(s3, work, work.ETag, cancellationToken))
        {
            return variants;
        }

        await VariantRepair.RepairAsync(s3, work, _engine, _settings.Spec, cancellationToken);
        return null;
    }

    private RecordOutcome Superseded(ValidatedRecord work, string why)
    {
        FunctionLog.EventSuperseded(_logger, work.Original.Key, why);
        FunctionMetrics.Skipped.Add(1, FunctionMetrics.Reason("superseded"));
        return Ended(RecordOutcomeKind.Superseded, work, why);
    }

    private async Task<RecordOutcome> FinishAsync(
        ValidatedRecord work,
        Amazon.DynamoDBv2.IAmazonDynamoDB dynamoDb,
        InvocationContext context,
        ProcessedImage image,
        CancellationToken cancellationToken)
    {
        var record = image.ToRecord(work, _time.GetUtcNow());
        var written = await ImageItemWriter.WriteAsync(
            dynamoDb, _settings.TableName, record, context, _engine.Name, cancellationToken);
        if (!written)
        {
            FunctionLog.DuplicateOrOlderEvent(_logger, work.Original.Key, work.Sequencer);
            FunctionMetrics.Skipped.Add(1, FunctionMetrics.Reason("duplicate_or_older"));
            return Ended(
                RecordOutcomeKind.DuplicateOrOlder, work, "A newer or identical event already wrote the item.");
        }

        if (image.Outcome.Rejection is { } rejection)
        {
            FunctionLog.ImageRejected(_logger, work.Original.Key, work.Original.Tenant.Value, rejection.ToString());
            FunctionMetrics.Rejected.Add(1, FunctionMetrics.Reason(rejection.Reason.ToString()));
            return Ended(RecordOutcomeKind.Rejected, work, rejection.ToString());
        }

        FunctionLog.ImageProcessed(
            _logger, work.Original.Key, work.Original.Tenant.Value, record.Variants.Count, record.Timings.TotalMs);
        FunctionMetrics.Processed.Add(1);
        return Ended(RecordOutcomeKind.Processed, work, null);
    }

    private void ReportEnded(RecordOutcome outcome, string? eventName)
    {
        if (outcome.Kind == RecordOutcomeKind.Ignored)
        {
            FunctionLog.RecordIgnored(_logger, eventName, outcome.Detail ?? string.Empty);
            return;
        }

        FunctionLog.RecordRefused(_logger, outcome.Key, outcome.Detail ?? string.Empty);
        FunctionMetrics.Rejected.Add(1, FunctionMetrics.Reason("invalid_record"));
    }

    private static ResizeOutcome TooLarge(long size, ResizeSpec spec) => ResizeOutcome.Rejected(
        RejectionReason.TooLarge,
        $"The original is {size} bytes; the limit is {spec.MaxInputBytes} bytes. Upload a smaller image.");

    private static RecordOutcome Ended(RecordOutcomeKind kind, ValidatedRecord work, string? detail) =>
        new(kind, work.Original.Key, detail) { Tenant = work.Original.Tenant.Value };
}
