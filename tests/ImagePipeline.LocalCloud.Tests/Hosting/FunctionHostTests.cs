using System.Threading.Channels;
using ImagePipeline.LocalCloud.Hosting;
using ImagePipeline.LocalCloud.Notifications;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImagePipeline.LocalCloud.Tests.Hosting;

public sealed class FunctionHostTests : IDisposable
{
    private readonly string _deadPath = Path.Combine(Path.GetTempPath(), $"dead-{Guid.NewGuid():N}.jsonl");
    private readonly DeadLetterFile _deadLetters;

    public FunctionHostTests() => _deadLetters = new DeadLetterFile(_deadPath);

    [Fact]
    public async Task Deliver_HandlerFailsOnceThenSucceeds_RetriedUnderTheSameRequestId()
    {
        var handler = new ScriptedHandler(failures: 1);
        var queue = Channel.CreateUnbounded<PendingInvocation>();
        await using var sut = CreateSut(queue, handler, maxAttempts: 3);

        await queue.Writer.WriteAsync(Pending("originals/a/1.jpg"), TestContext.Current.CancellationToken);
        queue.Writer.Complete();
        await sut.StopAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, sut.Invocations);
        Assert.Equal(1, sut.Succeeded);
        Assert.Equal(0, sut.DeadLettered);
        Assert.All(handler.Contexts, c => Assert.Equal("req-originals/a/1.jpg", c.RequestId));
        Assert.All(handler.Contexts, c => Assert.Equal("Root=1-abc", c.TraceId));
    }

    [Fact]
    public async Task Deliver_HandlerKeepsFailing_DeadLetteredWithAttemptsAndLastError()
    {
        var handler = new ScriptedHandler(failures: int.MaxValue);
        var queue = Channel.CreateUnbounded<PendingInvocation>();
        await using var sut = CreateSut(queue, handler, maxAttempts: 3);

        await queue.Writer.WriteAsync(Pending("originals/a/1.jpg"), TestContext.Current.CancellationToken);
        queue.Writer.Complete();
        await sut.StopAsync(TimeSpan.FromMinutes(1));
        _deadLetters.Dispose();

        var dead = Assert.Single(DeadLetterFile.ReadAll(_deadPath));
        Assert.Equal(3, dead.Attempts);
        Assert.Equal("failure 3", dead.ErrorMessage);
        Assert.Equal(nameof(InvalidOperationException), dead.ErrorType);
        Assert.Equal("{\"Records\":[]}", dead.Event);
        Assert.Equal(3, sut.Invocations);
        Assert.Equal(0, sut.Succeeded);
    }

    [Fact]
    public void Constructor_NoWorkers_ThrowsNamingTheSetting()
    {
        var settings = new FunctionHostSettings { Workers = 0 };

        var error = Assert.Throws<ArgumentException>(() => new FunctionHost(
            Channel.CreateUnbounded<PendingInvocation>(), new ScriptedHandler(0), _deadLetters, settings,
            NullLogger.Instance));

        Assert.Contains("Workers is 0", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _deadLetters.Dispose();
        File.Delete(_deadPath);
    }

    private FunctionHost CreateSut(Channel<PendingInvocation> queue, ScriptedHandler handler, int maxAttempts) =>
        new(
            queue.Reader,
            handler,
            _deadLetters,
            new FunctionHostSettings { Workers = 2, MaxAttempts = maxAttempts, RetryDelay = TimeSpan.Zero },
            NullLogger.Instance);

    private static PendingInvocation Pending(string key) =>
        new(
            "arn:aws:lambda:us-east-1:123456789012:function:f",
            "images",
            key,
            "{\"Records\":[]}",
            "Root=1-abc",
            "req-" + key);
}
