namespace ImagePipeline.LocalCloud.Notifications;

/// <summary>One event that kept failing: what it was, how often it was tried, and why it failed last.</summary>
public sealed record DeadLetterEntry
{
    /// <summary>When the event was given up on.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>The function the event was for.</summary>
    public required string FunctionArn { get; init; }

    /// <summary>The bucket of the object.</summary>
    public required string Bucket { get; init; }

    /// <summary>The decoded object key.</summary>
    public required string Key { get; init; }

    /// <summary>How many times the function was invoked with the event.</summary>
    public required int Attempts { get; init; }

    /// <summary>The type of the last error.</summary>
    public required string ErrorType { get; init; }

    /// <summary>The message of the last error.</summary>
    public required string ErrorMessage { get; init; }

    /// <summary>The invocation's request id.</summary>
    public required string RequestId { get; init; }

    /// <summary>The trace id of the write that caused the event.</summary>
    public string? TraceId { get; init; }

    /// <summary>The event JSON, so the event can be replayed as it was.</summary>
    public required string Event { get; init; }
}
