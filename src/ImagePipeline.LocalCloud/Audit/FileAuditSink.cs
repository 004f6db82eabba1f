using System.Text;
using System.Text.Json;

namespace ImagePipeline.LocalCloud.Audit;

/// <summary>Appends audit records to a file as JSON lines, flushing each line so a crash loses nothing.</summary>
public sealed class FileAuditSink : IAuditSink, IDisposable
{
    private readonly Lock _gate = new();
    private readonly FileStream _stream;

    /// <summary>Opens (or creates) the file for appending; other processes may read it meanwhile.</summary>
    public FileAuditSink(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
    }

    /// <summary>The full path of the audit file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public void Write(AuditRecord record)
    {
        var line = JsonSerializer.Serialize(record, AuditJsonContext.Default.AuditRecord);
        var bytes = Encoding.UTF8.GetBytes(line + "\n");
        lock (_gate)
        {
            _stream.Write(bytes);
            _stream.Flush();
        }
    }

    /// <summary>Reads every record of an audit file, skipping none: a malformed line is an error naming it.</summary>
    /// <exception cref="InvalidDataException">A line is not an audit record.</exception>
    public static IEnumerable<AuditRecord> ReadAll(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            AuditRecord? record;
            try
            {
                record = JsonSerializer.Deserialize(line, AuditJsonContext.Default.AuditRecord);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{number} is not an audit record: {ex.Message}", ex);
            }

            yield return record ?? throw new InvalidDataException($"{path}:{number} is 'null', not an audit record.");
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
