using System.Text;
using System.Text.Json;

namespace ImagePipeline.LocalCloud.Notifications;

/// <summary>Appends events that kept failing to a file as JSON lines, flushing each so none is lost.</summary>
public sealed class DeadLetterFile : IDisposable
{
    private readonly Lock _gate = new();
    private readonly FileStream _stream;
    private int _count;

    /// <summary>Opens (or creates) the file for appending; other processes may read it meanwhile.</summary>
    public DeadLetterFile(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    /// <summary>How many entries this instance has written.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Appends one entry.</summary>
    public void Append(DeadLetterEntry entry)
    {
        var line = JsonSerializer.Serialize(entry, NotificationJsonContext.Default.DeadLetterEntry);
        var bytes = Encoding.UTF8.GetBytes(line + "\n");
        lock (_gate)
        {
            _stream.Write(bytes);
            _stream.Flush();
        }

        Interlocked.Increment(ref _count);
    }

    /// <summary>Reads every entry of a dead-letter file.</summary>
    /// <exception cref="InvalidDataException">A line is not a dead-letter entry; the message names it.</exception>
    public static IReadOnlyList<DeadLetterEntry> ReadAll(string path)
    {
        var entries = new List<DeadLetterEntry>();
        var number = 0;
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                entries.Add(JsonSerializer.Deserialize(line, NotificationJsonContext.Default.DeadLetterEntry)
                    ?? throw new InvalidDataException($"{path}:{number} is 'null', not a dead-letter entry."));
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{number} is not a dead-letter entry: {ex.Message}", ex);
            }
        }

        return entries;
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stream.Dispose();
        }
    }
}
