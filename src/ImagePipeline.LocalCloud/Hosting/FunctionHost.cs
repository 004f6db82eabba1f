using System.Text;
using System.Threading.Channels;
using ImagePipeline.Function.Processing;
using ImagePipeline.LocalCloud.Notifications;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>Runs a function in-process for queued S3 events, with retries, back-off and a dead-letter file.</summary>
/// <remarks>
/// A fixed number of workers read the queue. Each event is tried up to
/// <see cref="FunctionHostSettings.MaxAttempts"/> times with exponential back-off, under one request id as
/// Lambda's asynchronous retries keep it; after the last failure the event, the attempts and the last error are
/// appended to the dead-letter file.
/// </remarks>
public sealed partial class FunctionHost : IAsyncDisposable
{
    private readonly ChannelReader<PendingInvocation> _queue;
    private readonly IFunctionHandler _handler;
    private readonly DeadLetterFile _deadLetters;
    private readonly FunctionHostSettings _settings;
    private readonly ResiliencePipeline _retry;
    private readonly ILogger _logger;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _workers;
    private int _invocations;
    private int _succeeded;
    private int _inFlight;

    /// <summary>Starts the workers on the queue.</summary>
    /// <exception cref="ArgumentException">A setting is invalid; the message says which.</exception>
    public FunctionHost(
        ChannelReader<PendingInvocation> queue,
        IFunctionHandler handler,
        DeadLetterFile deadLetters,
        FunctionHostSettings settings,
        ILogger logger,
        TimeProvider? clock = null)
    {
        if (settings.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(settings));
        }

        _queue = queue;
        _handler = handler;
        _deadLetters = deadLetters;
        _settings = settings;
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
        _retry = BuildRetry(settings, logger);
        _workers = [.. Enumerable.Range(0, settings.Workers).Select(_ => Task.Run(RunWorkerAsync))];
    }

    /// <summary>How many times the function has been invoked, retries included.</summary>
    public int Invocations => Volatile.Read(ref _invocations);

    /// <summary>How many events the function handled without error.</summary>
    public int Succeeded => Volatile.Read(ref _succeeded);

    /// <summary>How many events went to the dead-letter file.</summary>
    public int DeadLettered => _deadLetters.Count;

    /// <summary>Whether no event is queued or being handled.</summary>
    public bool IsIdle => Volatile.Read(ref _inFlight) == 0 && _queue.Count == 0;

    /// <summary>Waits for the queue to be drained (the dispatcher must be completed first), then stops.</summary>
    /// <remarks>Events still running after <paramref name="grace"/> are cancelled.</remarks>
    public async Task StopAsync(TimeSpan grace)
    {
        var all = Task.WhenAll(_workers);
        if (await Task.WhenAny(all, Task.Delay(grace)) != all)
        {
            await _stopping.CancelAsync();
        }

        try
        {
            await all;
        }
        catch (OperationCanceledException)
        {
            // Cancelled workers are the expected end of a stop past its grace period.
        }
    }

    /// <summary>Stops at once, cancelling events in flight.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await StopAsync(TimeSpan.Zero);
        _stopping.Dispose();
    }

    private static ResiliencePipeline BuildRetry(FunctionHostSettings settings, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder();
        if (settings.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                Delay = settings.RetryDelay,
                // A timeout inside the function is a failure worth retrying; only the host's own stop is not.
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is not null && !args.Context.CancellationToken.IsCancellationRequested),
                OnRetry = args =>
                {
                    LogRetrying(logger, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    private async Task RunWorkerAsync()
    {
        while (await _queue.WaitToReadAsync(_stopping.Token))
        {
            Interlocked.Increment(ref _inFlight);
            try
            {
                if (_queue.TryRead(out var pending))
                {
                    await DeliverAsync(pending, _stopping.Token);
                }
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    private async Task DeliverAsync(PendingInvocation pending, CancellationToken cancellationToken)
    {
        var payload = Encoding.UTF8.GetBytes(pending.Payload);
        var context = new InvocationContext(pending.RequestId, pending.TraceId);
        var attempts = 0;
        try
        {
            await _retry.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    Interlocked.Increment(ref _invocations);
                    await _handler.HandleAsync(payload, context, token);
                },
                cancellationToken);
            Interlocked.Increment(ref _succeeded);
            LogDelivered(_logger, pending.Bucket, pending.Key, pending.RequestId, attempts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _deadLetters.Append(new DeadLetterEntry
            {
                Time = _clock.GetUtcNow(),
                FunctionArn = pending.FunctionArn,
                Bucket = pending.Bucket,
                Key = pending.Key,
                Attempts = attempts,
                ErrorType = ex.GetType().Name,
                ErrorMessage = ex.Message,
                RequestId = pending.RequestId,
                TraceId = pending.TraceId,
                Event = pending.Payload,
            });
            LogDeadLettered(_logger, ex, pending.Bucket, pending.Key, attempts, _deadLetters.Path);
        }
    }

    [LoggerMessage(EventId = 310, Level = LogLevel.Information,
        Message = "Function handled s3://{Bucket}/{Key} (request {RequestId}) after {Attempts} attempt(s)")]
    private static partial void LogDelivered(ILogger logger, string bucket, string key, string requestId, int attempts);

    [LoggerMessage(EventId = 311, Level = LogLevel.Debug,
        Message = "Retrying the function (attempt {Attempt}) in {Delay} after: {Error}")]
    private static partial void LogRetrying(ILogger logger, int attempt, TimeSpan delay, string? error);

    [LoggerMessage(EventId = 312, Level = LogLevel.Error,
        Message = "Gave up on s3://{Bucket}/{Key} after {Attempts} attempt(s); recorded in {DeadLetterPath}")]
    private static partial void LogDeadLettered(
        ILogger logger, Exception exception, string bucket, string key, int attempts, string deadLetterPath);
}
