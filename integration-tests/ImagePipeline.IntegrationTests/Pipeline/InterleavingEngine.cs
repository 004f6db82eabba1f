using ImagePipeline.Core.Imaging;

namespace ImagePipeline.IntegrationTests.Pipeline;

/// <summary>A real engine that runs a step of another writer before its first resize returns.</summary>
/// <remarks>It lets a test land a newer upload inside an older event's processing window, deterministically.</remarks>
internal sealed class InterleavingEngine(IImageEngine inner, Func<Task> interleave) : IImageEngine
{
    private int _interleaved;

    public string Name => inner.Name;

    public ResizeOutcome Resize(
        ReadOnlyMemory<byte> input,
        ResizeSpec spec,
        CancellationToken cancellationToken = default)
    {
        var outcome = inner.Resize(input, spec, cancellationToken);
        if (Interlocked.Exchange(ref _interleaved, 1) == 0)
        {
            // Run on the pool so the test's own context cannot deadlock the blocking wait.
            Task.Run(interleave, cancellationToken).GetAwaiter().GetResult();
        }

        return outcome;
    }
}
