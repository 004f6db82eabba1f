namespace ImagePipeline.Function.Processing;

/// <summary>What the runtime says about one invocation.</summary>
/// <param name="RequestId">The Lambda request id, written into every log line and every item.</param>
/// <param name="TraceId">The <c>X-Amzn-Trace-Id</c> value, when the invocation is traced.</param>
public sealed record InvocationContext(string RequestId, string? TraceId = null)
{
    /// <summary>A context with a fresh request id, for hosts that have none of their own.</summary>
    public static InvocationContext CreateLocal(string? traceId = null) => new(Guid.NewGuid().ToString(), traceId);
}
