using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Processing;

namespace ImagePipeline.Function.Logging;

/// <summary>The logging scopes the function opens, with the property names every log line carries.</summary>
public static class FunctionLogScope
{
    /// <summary>The property naming the Lambda request id.</summary>
    public const string RequestId = "RequestId";

    /// <summary>The property naming the <c>X-Amzn-Trace-Id</c> trace id.</summary>
    public const string TraceId = "TraceId";

    /// <summary>The property naming the tenant.</summary>
    public const string Tenant = "Tenant";

    /// <summary>The property naming the object key.</summary>
    public const string Key = "Key";

    /// <summary>The scope of one invocation.</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> ForInvocation(InvocationContext context) =>
    [
        new(RequestId, context.RequestId),
        new(TraceId, context.TraceId),
    ];

    /// <summary>The scope of one image.</summary>
    public static IReadOnlyList<KeyValuePair<string, object?>> ForImage(OriginalObjectKey original) =>
    [
        new(Tenant, original.Tenant.Value),
        new(Key, original.Key),
    ];
}
