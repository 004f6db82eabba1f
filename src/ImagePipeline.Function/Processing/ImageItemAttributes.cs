namespace ImagePipeline.Function.Processing;

/// <summary>The attribute names of a metadata item, for readers of the table.</summary>
public static class ImageItemAttributes
{
    /// <summary>The partition key, <c>USER#{tenant}</c>.</summary>
    public const string PartitionKey = "PK";

    /// <summary>The sort key, <c>IMAGE#{name}</c>.</summary>
    public const string SortKey = "SK";

    /// <summary>The tenant id.</summary>
    public const string Tenant = "Tenant";

    /// <summary>The original's full key.</summary>
    public const string OriginalKey = "OriginalKey";

    /// <summary>The status, <c>Processed</c> or <c>Rejected</c>.</summary>
    public const string Status = "Status";

    /// <summary>The rejection code, when rejected.</summary>
    public const string RejectionReason = "RejectionReason";

    /// <summary>The rejection message, when rejected.</summary>
    public const string RejectionMessage = "RejectionMessage";

    /// <summary>The original's size in bytes.</summary>
    public const string SizeBytes = "SizeBytes";

    /// <summary>The detected format, when recognised.</summary>
    public const string Format = "Format";

    /// <summary>The width in pixels, when known.</summary>
    public const string Width = "Width";

    /// <summary>The height in pixels, when known.</summary>
    public const string Height = "Height";

    /// <summary>The variants: maps of <c>Name</c>, <c>Key</c>, <c>Width</c>, <c>Height</c>, <c>SizeBytes</c>.</summary>
    public const string Variants = "Variants";

    /// <summary>The original's ETag from the event.</summary>
    public const string ETag = "ETag";

    /// <summary>The event's sequencer, normalised so string order is event order.</summary>
    public const string Sequencer = "Sequencer";

    /// <summary>When processing finished, in ISO-8601.</summary>
    public const string ProcessedAt = "ProcessedAt";

    /// <summary>The step timings: a map of milliseconds.</summary>
    public const string Timings = "Timings";

    /// <summary>The <c>X-Amzn-Trace-Id</c> of the invocation, when traced.</summary>
    public const string TraceId = "TraceId";

    /// <summary>The Lambda request id of the invocation.</summary>
    public const string RequestId = "RequestId";

    /// <summary>The engine that resized the image.</summary>
    public const string Engine = "Engine";
}
