using ImagePipeline.Function.Processing;
using ImagePipeline.LocalCloud.Hosting;

namespace ImagePipeline.LocalCloud.Tests.Hosting;

/// <summary>A function that fails its first <c>failures</c> invocations, then succeeds; it records each call.</summary>
internal sealed class ScriptedHandler(int failures) : IFunctionHandler
{
    private int _calls;

    public List<InvocationContext> Contexts { get; } = [];

    public Task HandleAsync(
        ReadOnlyMemory<byte> payload,
        InvocationContext context,
        CancellationToken cancellationToken)
    {
        lock (Contexts)
        {
            Contexts.Add(context);
        }

        return Interlocked.Increment(ref _calls) <= failures
            ? Task.FromException(new InvalidOperationException($"failure {_calls}"))
            : Task.CompletedTask;
    }
}
