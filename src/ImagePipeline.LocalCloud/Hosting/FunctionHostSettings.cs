namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>How the function host delivers events: workers, attempts and back-off.</summary>
public sealed record FunctionHostSettings
{
    /// <summary>How many events are handled at once.</summary>
    public int Workers { get; init; } = 2;

    /// <summary>How many times an event is tried before it is dead-lettered; Lambda tries 3 times.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The delay before the first retry; each later retry waits twice as long.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The first setting that is wrong, with how to fix it, or null when all are usable.</summary>
    public string? Validate() =>
        Workers is < 1 or > 64 ? $"Workers is {Workers}; use 1 to 64."
        : MaxAttempts is < 1 or > 20 ? $"MaxAttempts is {MaxAttempts}; use 1 to 20."
        : RetryDelay < TimeSpan.Zero ? $"RetryDelay is {RetryDelay}; use zero or a positive delay."
        : null;
}
