using ImagePipeline.LocalCloud.Files;

namespace ImagePipeline.LocalCloud.Notifications;

/// <summary>Appends events that kept failing to a file as JSON lines, flushing each so none is lost.</summary>
public sealed class DeadLetterFile : IDisposable
{
    private readonly JsonLinesFile<DeadLetterEntry> _file;
    private int _count;

    /// <summary>Opens (or creates) the file for appending; other processes may read it meanwhile.</summary>
    public DeadLetterFile(string path) =>
        _file = new JsonLinesFile<DeadLetterEntry>(path, NotificationJsonContext.Default.DeadLetterEntry);

    /// <summary>The full path of the file.</summary>
    public string Path => _file.Path;

    /// <summary>How many entries this instance has written.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Appends one entry.</summary>
    public void Append(DeadLetterEntry entry)
    {
        _file.Append(entry);
        Interlocked.Increment(ref _count);
    }

    /// <summary>Reads every entry of a dead-letter file.</summary>
    /// <exception cref="InvalidDataException">A line is not a dead-letter entry; the message names it.</exception>
    public static IReadOnlyList<DeadLetterEntry> ReadAll(string path) =>
        [.. JsonLinesReader.ReadAll(
            path,
            NotificationJsonContext.Default.DeadLetterEntry,
            "a dead-letter entry")];

    /// <summary>Closes the file.</summary>
    public void Dispose() => _file.Dispose();
}
