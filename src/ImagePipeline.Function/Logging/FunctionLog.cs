using Microsoft.Extensions.Logging;

namespace ImagePipeline.Function.Logging;

/// <summary>The function's log events, with stable ids.</summary>
internal static partial class FunctionLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Information,
        Message = "Invocation {RequestId} started with {RecordCount} record(s)")]
    public static partial void InvocationStarted(ILogger logger, string requestId, int recordCount);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information,
        Message = "Invocation {RequestId} finished: {Processed} processed, {Rejected} rejected, "
            + "{Skipped} skipped, {Failed} failed")]
    public static partial void InvocationFinished(
        ILogger logger, string requestId, int processed, int rejected, int skipped, int failed);

    [LoggerMessage(EventId = 210, Level = LogLevel.Information,
        Message = "Processed {Key} for tenant {Tenant}: {VariantCount} variant(s) in {TotalMs} ms")]
    public static partial void ImageProcessed(
        ILogger logger, string key, string tenant, int variantCount, double totalMs);

    [LoggerMessage(EventId = 211, Level = LogLevel.Warning,
        Message = "Rejected {Key} for tenant {Tenant}: {Reason}")]
    public static partial void ImageRejected(ILogger logger, string key, string tenant, string reason);

    [LoggerMessage(EventId = 212, Level = LogLevel.Information,
        Message = "Skipped {Key}: {Why}")]
    public static partial void EventSuperseded(ILogger logger, string key, string why);

    [LoggerMessage(EventId = 213, Level = LogLevel.Information,
        Message = "Kept the stored item of {Key}: this event (sequencer {Sequencer}) is a duplicate or older")]
    public static partial void DuplicateOrOlderEvent(ILogger logger, string key, string sequencer);

    [LoggerMessage(EventId = 220, Level = LogLevel.Warning,
        Message = "Refused a record for key {Key}: {Reason}")]
    public static partial void RecordRefused(ILogger logger, string? key, string reason);

    [LoggerMessage(EventId = 221, Level = LogLevel.Information,
        Message = "Ignored a {EventName} record: {Reason}")]
    public static partial void RecordIgnored(ILogger logger, string? eventName, string reason);

    [LoggerMessage(EventId = 230, Level = LogLevel.Error,
        Message = "Failed to process {Key}; the invocation will fail so that it is retried")]
    public static partial void RecordFailed(ILogger logger, string key, Exception exception);
}
