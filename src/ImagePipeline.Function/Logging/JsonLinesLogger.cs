using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.Function.Logging;

/// <summary>One category's logger of <see cref="JsonLinesLoggerProvider"/>.</summary>
internal sealed class JsonLinesLogger : ILogger
{
    private static readonly string[] ContextProperties =
    [
        FunctionLogScope.RequestId,
        FunctionLogScope.TraceId,
        FunctionLogScope.Tenant,
        FunctionLogScope.Key,
    ];

    // Log lines are read by people and log tools, never embedded in HTML, so only JSON itself needs escaping.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly string _category;
    private readonly JsonLinesLoggerProvider _provider;

    public JsonLinesLogger(string category, JsonLinesLoggerProvider provider)
    {
        _category = category;
        _provider = provider;
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => _provider.Scopes.Push(state);

    public bool IsEnabled(LogLevel logLevel) => _provider.IsEnabled(logLevel);

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var context = CollectContext(state);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            var timestamp = _provider.Time.GetUtcNow().UtcDateTime;
            json.WriteString("timestamp", timestamp.ToString("O", CultureInfo.InvariantCulture));
            json.WriteString("level", logLevel.ToString());
            json.WriteString("category", _category);
            json.WriteNumber("eventId", eventId.Id);
            if (eventId.Name is { } name)
            {
                json.WriteString("eventName", name);
            }

            json.WriteString("message", formatter(state, exception));
            WriteContext(json, context, exception);
            json.WriteEndObject();
        }

        _provider.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteContext(Utf8JsonWriter json, Dictionary<string, string?> context, Exception? exception)
    {
        foreach (var property in ContextProperties)
        {
            if (context.TryGetValue(property, out var value) && value is not null)
            {
                json.WriteString(JsonNamingPolicy.CamelCase.ConvertName(property), value);
            }
        }

        if (exception is not null)
        {
            json.WriteString("exception", exception.ToString());
        }
    }

    // Outer scopes first, then inner ones, then the entry itself: the most specific value wins.
    private Dictionary<string, string?> CollectContext<TState>(TState state)
    {
        var context = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        _provider.Scopes.ForEachScope(static (scope, found) => Collect(scope, found), context);
        Collect(state, context);
        return context;
    }

    private static void Collect(object? values, Dictionary<string, string?> context)
    {
        if (values is not IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            return;
        }

        foreach (var (name, value) in pairs)
        {
            var known = Array.Exists(ContextProperties, p => p.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (value is not null && known)
            {
                context[name] = Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }
    }
}
