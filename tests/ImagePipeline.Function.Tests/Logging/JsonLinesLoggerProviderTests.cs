using System.Text.Json;
using ImagePipeline.Function.Logging;
using ImagePipeline.Function.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.Function.Tests.Logging;

public sealed class JsonLinesLoggerProviderTests
{
    [Fact]
    public void Log_MessageWithQuotesAndNewlines_StaysOneValidJsonLine()
    {
        var output = new StringWriter();
        using var sut = new JsonLinesLoggerProvider(output, LogLevel.Information, new ManualClock());
        var logger = sut.CreateLogger("test");

        logger.Log(LogLevel.Warning, new EventId(7, "Odd"), "line one\n\"quoted\" été", null, (s, _) => s);

        var line = Assert.Single(output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        var entry = JsonDocument.Parse(line).RootElement;
        Assert.Equal("line one\n\"quoted\" été", entry.GetProperty("message").GetString());
        Assert.Contains("été", line, StringComparison.Ordinal);
        Assert.Equal("Warning", entry.GetProperty("level").GetString());
        Assert.Equal(7, entry.GetProperty("eventId").GetInt32());
        Assert.Equal("Odd", entry.GetProperty("eventName").GetString());
        Assert.Equal("2025-06-01T12:00:00.0000000Z", entry.GetProperty("timestamp").GetString());
    }

    [Fact]
    public void Log_BelowTheMinimumLevel_WritesNothing()
    {
        var output = new StringWriter();
        using var sut = new JsonLinesLoggerProvider(output, LogLevel.Information);

        sut.CreateLogger("test").Log(LogLevel.Debug, default, "quiet", null, (s, _) => s);

        Assert.Empty(output.ToString());
    }

    [Fact]
    public void Log_InsideNestedScopes_TheInnerScopeWins()
    {
        var output = new StringWriter();
        using var sut = new JsonLinesLoggerProvider(output);
        var logger = sut.CreateLogger("test");

        using (logger.BeginScope(new Dictionary<string, object?> { ["RequestId"] = "outer", ["Tenant"] = "alice" }))
        using (logger.BeginScope(new Dictionary<string, object?> { ["RequestId"] = "inner" }))
        {
            logger.Log(LogLevel.Information, default, "hello", null, (s, _) => s);
        }

        var entry = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal("inner", entry.GetProperty("requestId").GetString());
        Assert.Equal("alice", entry.GetProperty("tenant").GetString());
        Assert.False(entry.TryGetProperty("traceId", out _));
    }
}
