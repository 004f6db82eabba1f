using ImagePipeline.Function.Processing;

namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>A function the local cloud invokes with raw event payloads, as the Lambda service would.</summary>
public interface IFunctionHandler
{
    /// <summary>Handles one event; an exception asks for the event to be retried.</summary>
    Task HandleAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken cancellationToken);
}
