using System.Collections.Concurrent;
using System.Globalization;

namespace ImagePipeline.LocalCloud.Notifications;

/// <summary>Hands out S3 event sequencers: fixed-width hexadecimal values that grow with each write of a key.</summary>
/// <remarks>
/// S3 only promises order between events of the same key. Values start from the clock so that sequencers stay
/// larger than those of an earlier run against the same storage, and never repeat within a run.
/// </remarks>
public sealed class NotificationSequencer
{
    private readonly ConcurrentDictionary<string, long> _lastByKey = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    /// <summary>Creates a sequencer on the given clock (the system clock when null).</summary>
    public NotificationSequencer(TimeProvider? clock = null) => _clock = clock ?? TimeProvider.System;

    /// <summary>The next sequencer for a key of a bucket: 16 upper-case hexadecimal digits.</summary>
    public string Next(string bucket, string key)
    {
        var now = _clock.GetUtcNow().UtcTicks;
        var value = _lastByKey.AddOrUpdate(
            bucket + "/" + key,
            static (_, candidate) => candidate,
            static (_, last, candidate) => Math.Max(last + 1, candidate),
            now);
        return value.ToString("X16", CultureInfo.InvariantCulture);
    }
}
