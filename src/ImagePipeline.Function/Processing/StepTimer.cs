namespace ImagePipeline.Function.Processing;

/// <summary>Measures consecutive steps of one record on the injected clock.</summary>
internal sealed class StepTimer
{
    private readonly TimeProvider _time;
    private readonly long _start;
    private long _last;

    public StepTimer(TimeProvider time)
    {
        _time = time;
        _start = _last = time.GetTimestamp();
    }

    /// <summary>The milliseconds since the previous lap, or since the start.</summary>
    public double Lap()
    {
        var now = _time.GetTimestamp();
        var elapsed = _time.GetElapsedTime(_last, now).TotalMilliseconds;
        _last = now;
        return elapsed;
    }

    /// <summary>The milliseconds since the start.</summary>
    public double Total() => _time.GetElapsedTime(_start).TotalMilliseconds;
}
