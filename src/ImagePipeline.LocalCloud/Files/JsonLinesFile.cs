using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ImagePipeline.LocalCloud.Files;

/// <summary>An append-only file of JSON lines: each line flushed as written, safe to write from many threads.</summary>
/// <typeparam name="T">The record type of a line.</typeparam>
/// <remarks>The audit trail and the dead-letter file are both such files, so a crash loses no finished line.</remarks>
public sealed class JsonLinesFile<T> : IDisposable
    where T : class
{
    private readonly Lock _gate = new();
    private readonly FileStream _stream;
    private readonly JsonTypeInfo<T> _typeInfo;

    /// <summary>Opens (or creates) the file for appending; other processes may read it meanwhile.</summary>
    public JsonLinesFile(string path, JsonTypeInfo<T> typeInfo)
    {
        _typeInfo = typeInfo;
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

    /// <summary>Appends one record as one line and flushes it.</summary>
    public void Append(T record)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, _typeInfo) + "\n");
        lock (_gate)
        {
            _stream.Write(bytes);
            _stream.Flush();
        }
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
