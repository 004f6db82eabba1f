using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.Function.Logging;

/// <summary>Writes every log entry as one JSON object on one line, as CloudWatch and log shippers expect.</summary>
/// <remarks>
/// Each line carries <c>timestamp</c>, <c>level</c>, <c>category</c>, <c>eventId</c>, <c>message</c> and,
/// when known from the entry or its scopes, <c>requestId</c>, <c>traceId</c>, <c>tenant</c>, <c>key</c>
/// and <c>exception</c>. Lines are written whole under a lock, so concurrent entries never interleave.
/// </remarks>
public sealed class JsonLinesLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentDictionary<string, JsonLinesLogger> _loggers = new(StringComparer.Ordinal);
    private readonly TextWriter _output;
    private readonly LogLevel _minimumLevel;
    private readonly TimeProvider _time;
    private readonly Lock _writeLock = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <summary>Creates a provider that writes to <paramref name="output"/>.</summary>
    /// <param name="output">Where lines go; standard output in Lambda.</param>
    /// <param name="minimumLevel">The lowest level written.</param>
    /// <param name="time">The clock for timestamps; the system clock when null.</param>
    public JsonLinesLoggerProvider(
        TextWriter output,
        LogLevel minimumLevel = LogLevel.Information,
        TimeProvider? time = null)
    {
        _output = output;
        _minimumLevel = minimumLevel;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, name => new JsonLinesLogger(name, this));

    /// <inheritdoc />
    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    /// <inheritdoc />
    public void Dispose() => _loggers.Clear();

    internal IExternalScopeProvider Scopes => _scopes;

    internal TimeProvider Time => _time;

    internal bool IsEnabled(LogLevel level) => level != LogLevel.None && level >= _minimumLevel;

    internal void WriteLine(string line)
    {
        lock (_writeLock)
        {
            _output.WriteLine(line);
            _output.Flush();
        }
    }
}
