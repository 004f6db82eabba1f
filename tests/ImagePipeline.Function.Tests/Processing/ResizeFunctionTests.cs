using System.Diagnostics.Metrics;
using System.Text;
using System.Text.Json;
using ImagePipeline.Function.Diagnostics;
using ImagePipeline.Function.Events;
using ImagePipeline.Function.Logging;
using ImagePipeline.Function.Processing;
using ImagePipeline.Function.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.Function.Tests.Processing;

public sealed class ResizeFunctionTests
{
    private readonly UnavailableTenantClients _clients = new();
    private readonly StringWriter _logs = new();

    [Fact]
    public async Task HandleAsync_KeysOutsideOriginals_AreRefusedWithoutCallingAnyService()
    {
        var sut = NewSut();
        var s3Event = new S3Event
        {
            Records = [Records.Upload("processed/alice/a.jpg/thumb.jpg"), Records.Upload("originals/../a.jpg")],
        };

        var ct = TestContext.Current.CancellationToken;

        var report = await sut.HandleAsync(s3Event, new InvocationContext("req-1"), ct);

        Assert.All(report.Records, r => Assert.Equal(RecordOutcomeKind.Refused, r.Kind));
        Assert.Empty(_clients.Requests);
    }

    [Fact]
    public async Task HandleAsync_OneRecordFailsTransiently_ThrowsAfterAttemptingTheOthers()
    {
        var sut = NewSut();
        var s3Event = new S3Event
        {
            Records = [Records.Upload("originals/alice/a.jpg"), Records.Upload("originals/bob/b.jpg")],
        };

        var error = await Assert.ThrowsAsync<FunctionInvocationException>(
            () => sut.HandleAsync(s3Event, new InvocationContext("req-2"), TestContext.Current.CancellationToken));

        Assert.Equal(["alice", "bob"], _clients.Requests.Select(t => t.Value));
        Assert.All(error.Report.Records, r => Assert.Equal(RecordOutcomeKind.Failed, r.Kind));
        Assert.Contains("2 of 2 record(s) failed", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, ((AggregateException)error.InnerException!).InnerExceptions.Count);
    }

    [Fact]
    public async Task HandleJsonAsync_NotJson_ThrowsArgumentExceptionNamingThePayload()
    {
        var sut = NewSut();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => sut.HandleJsonAsync(
                Encoding.UTF8.GetBytes("{not json"),
                new InvocationContext("r"),
                TestContext.Current.CancellationToken));

        Assert.Equal("payload", error.ParamName);
        Assert.Empty(_clients.Requests);
    }

    [Fact]
    public async Task HandleJsonAsync_TestEventWithoutRecords_ReturnsAnEmptyReport()
    {
        var sut = NewSut();
        var payload = Encoding.UTF8.GetBytes("""{"Service":"Amazon S3","Event":"s3:TestEvent","Bucket":"b"}""");

        var ct = TestContext.Current.CancellationToken;

        var report = await sut.HandleJsonAsync(payload, new InvocationContext("r"), ct);

        Assert.Empty(report.Records);
    }

    [Fact]
    public async Task HandleJsonAsync_NullRecord_IsRefusedWithoutCrashing()
    {
        var sut = NewSut();
        var payload = Encoding.UTF8.GetBytes("{\"Records\":[null]}");
        var ct = TestContext.Current.CancellationToken;

        var report = await sut.HandleJsonAsync(payload, new InvocationContext("r"), ct);

        Assert.Equal(RecordOutcomeKind.Refused, Assert.Single(report.Records).Kind);
        Assert.Empty(_clients.Requests);
    }

    [Fact]
    public async Task HandleAsync_FailedRecord_LogsOneJsonLineWithRequestTraceTenantKeyAndException()
    {
        var sut = NewSut();
        var s3Event = new S3Event { Records = [Records.Upload("originals/alice/a b.jpg")] };

        await Assert.ThrowsAsync<FunctionInvocationException>(() => sut.HandleAsync(
            s3Event, new InvocationContext("req-9", "Root=1-5f84c7a1-abc"), TestContext.Current.CancellationToken));

        var lines = _logs.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var entries = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(entries, e => Assert.Equal("req-9", e.GetProperty("requestId").GetString()));
        Assert.All(entries, e => Assert.Equal("Root=1-5f84c7a1-abc", e.GetProperty("traceId").GetString()));
        var failure = Assert.Single(entries, e => e.GetProperty("level").GetString() == "Error");
        Assert.Equal(230, failure.GetProperty("eventId").GetInt32());
        Assert.Equal("alice", failure.GetProperty("tenant").GetString());
        Assert.Equal("originals/alice/a b.jpg", failure.GetProperty("key").GetString());
        Assert.Contains("Service unavailable", failure.GetProperty("exception").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_RefusedAndFailedRecords_AreCountedByTheMeter()
    {
        var counts = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == FunctionMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (counts)
            {
                counts[instrument.Name] = counts.GetValueOrDefault(instrument.Name) + value;
            }
        });
        listener.Start();
        var sut = NewSut();
        var s3Event = new S3Event { Records = [Records.Upload("nope/a.jpg"), Records.Upload("originals/alice/a.jpg")] };

        await Assert.ThrowsAsync<FunctionInvocationException>(
            () => sut.HandleAsync(s3Event, new InvocationContext("r"), TestContext.Current.CancellationToken));

        Assert.True(counts.GetValueOrDefault(FunctionMetrics.RejectedName) >= 1);
        Assert.True(counts.GetValueOrDefault(FunctionMetrics.FailedName) >= 1);
    }

    private ResizeFunction NewSut()
    {
        var loggerFactory = LoggerFactory.Create(b => b.AddProvider(new JsonLinesLoggerProvider(_logs)));
        return new ResizeFunction(
            _clients,
            new UnusedEngine(),
            new ResizeFunctionSettings { TableName = "images" },
            loggerFactory);
    }
}
