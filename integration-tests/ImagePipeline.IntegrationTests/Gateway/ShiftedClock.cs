namespace ImagePipeline.IntegrationTests.Gateway;

/// <summary>The system clock moved by a fixed offset: a gateway that lives in the future sees replays as old.</summary>
internal sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
}
