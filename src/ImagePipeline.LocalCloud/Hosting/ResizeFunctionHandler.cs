using ImagePipeline.Function.Processing;

namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>Runs the real <see cref="ResizeFunction"/> for the local cloud's function host.</summary>
public sealed class ResizeFunctionHandler : IFunctionHandler
{
    private readonly ResizeFunction _function;

    /// <summary>Wraps the handler.</summary>
    public ResizeFunctionHandler(ResizeFunction function) => _function = function;

    /// <inheritdoc />
    public Task HandleAsync(
        ReadOnlyMemory<byte> payload,
        InvocationContext context,
        CancellationToken cancellationToken) =>
        _function.HandleJsonAsync(payload, context, cancellationToken);
}
