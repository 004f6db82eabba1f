using ImagePipeline.LocalCloud.Files;

namespace ImagePipeline.LocalCloud.Audit;

/// <summary>Appends audit records to a file as JSON lines, flushing each line so a crash loses nothing.</summary>
public sealed class FileAuditSink : IAuditSink, IDisposable
{
    private readonly JsonLinesFile<AuditRecord> _file;

    /// <summary>Opens (or creates) the file for appending; other processes may read it meanwhile.</summary>
    public FileAuditSink(string path) =>
        _file = new JsonLinesFile<AuditRecord>(path, AuditJsonContext.Default.AuditRecord);

    /// <summary>The full path of the audit file.</summary>
    public string Path => _file.Path;

    /// <inheritdoc />
    public void Write(AuditRecord record) => _file.Append(record);

    /// <summary>Reads every record of an audit file, skipping none: a malformed line is an error naming it.</summary>
    /// <exception cref="InvalidDataException">A line is not an audit record.</exception>
    public static IEnumerable<AuditRecord> ReadAll(string path) =>
        JsonLinesReader.ReadAll(path, AuditJsonContext.Default.AuditRecord, "an audit record");

    /// <summary>Closes the file.</summary>
    public void Dispose() => _file.Dispose();
}
