namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>A request body failed a check while it streamed: a chunk signature, a payload hash, a checksum.</summary>
/// <remarks>Thrown from inside the body stream, so the upstream request is cut short and nothing is stored.</remarks>
internal sealed class RequestRejectedException : Exception
{
    /// <summary>Creates the exception carrying the error to answer with.</summary>
    public RequestRejectedException(GatewayError error)
        : base(error.Message) => Error = error;

    /// <summary>The error to answer the caller with.</summary>
    public GatewayError Error { get; }

    /// <summary>Finds a rejection anywhere in an exception's chain of inner exceptions.</summary>
    public static RequestRejectedException? FindIn(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is RequestRejectedException rejected)
            {
                return rejected;
            }
        }

        return null;
    }
}
