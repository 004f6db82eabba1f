using System.Collections.Concurrent;
using System.Threading.Channels;
using ImagePipeline.Function.Events;
using ImagePipeline.LocalCloud.Gateway;
using ImagePipeline.Policies.Templates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImagePipeline.LocalCloud.Notifications;

/// <summary>Turns the gateway's object-created events into S3 event records for the functions they target.</summary>
/// <remarks>
/// Events that match a bucket's notification configuration are queued on a bounded channel; when it is full,
/// the gateway's post-response hook waits, so a slow function slows the notifications rather than losing them.
/// </remarks>
public sealed partial class NotificationDispatcher
{
    /// <summary>How many events may wait for a function by default.</summary>
    public const int DefaultCapacity = 256;

    private readonly ConcurrentDictionary<string, IReadOnlyList<BucketNotification>> _byBucket =
        new(StringComparer.Ordinal);

    private readonly Channel<PendingInvocation> _channel;
    private readonly NotificationSequencer _sequencer;
    private readonly string _region;
    private readonly ILogger _logger;
    private int _observed;
    private int _matched;

    /// <summary>Creates a dispatcher with a queue of the given capacity.</summary>
    public NotificationDispatcher(
        string region,
        int capacity = DefaultCapacity,
        NotificationSequencer? sequencer = null,
        ILogger? logger = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _region = region;
        _sequencer = sequencer ?? new NotificationSequencer();
        _logger = logger ?? NullLogger.Instance;
        _channel = Channel.CreateBounded<PendingInvocation>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
    }

    /// <summary>The queue the function host reads.</summary>
    public ChannelReader<PendingInvocation> Pending => _channel.Reader;

    /// <summary>How many object-created events the gateway has reported.</summary>
    public int Observed => Volatile.Read(ref _observed);

    /// <summary>How many of them matched a notification and were queued.</summary>
    public int Matched => Volatile.Read(ref _matched);

    /// <summary>Sets a bucket's notification configuration, replacing any earlier one.</summary>
    public void Configure(string bucket, IReadOnlyList<BucketNotification> notifications) =>
        _byBucket[bucket] = [.. notifications];

    /// <summary>Queues an event for every notification of the bucket that matches the write.</summary>
    /// <remarks>Has the shape of <see cref="LocalGatewayOptions.OnObjectCreated"/>.</remarks>
    public async ValueTask OnObjectCreatedAsync(ObjectCreatedEvent created, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _observed);
        if (!_byBucket.TryGetValue(created.Bucket, out var notifications))
        {
            return;
        }

        foreach (var notification in notifications)
        {
            if (!NotificationFilter.Matches(notification, created.EventName, created.Key))
            {
                LogNotMatched(_logger, created.Bucket, created.Key, notification.FunctionArn);
                continue;
            }

            var pending = ToPending(created, notification);
            await _channel.Writer.WriteAsync(pending, cancellationToken);
            Interlocked.Increment(ref _matched);
            LogQueued(_logger, created.Bucket, created.Key, notification.FunctionArn, pending.RequestId);
        }
    }

    /// <summary>Accepts no more events; the function host drains what is queued.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    private PendingInvocation ToPending(ObjectCreatedEvent created, BucketNotification notification)
    {
        var upload = new S3Upload(
            created.Bucket,
            created.Key,
            created.Size,
            created.ETag,
            _sequencer.Next(created.Bucket, created.Key))
        {
            Region = _region,
            Time = created.Time,
            EventName = created.EventName,
            PrincipalId = "AWS:" + created.PrincipalId,
            SourceIpAddress = created.SourceIp,
            RequestId = created.RequestId,
            ConfigurationId = notification.FunctionLogicalId ?? notification.FunctionArn,
        };
        var payload = S3EventFactory.Serialize(S3EventFactory.ForUpload(upload));
        return new PendingInvocation(
            notification.FunctionArn,
            created.Bucket,
            created.Key,
            payload,
            created.TraceId,
            Guid.NewGuid().ToString());
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information,
        Message = "Queued s3://{Bucket}/{Key} for {FunctionArn} as request {RequestId}")]
    private static partial void LogQueued(
        ILogger logger, string bucket, string key, string functionArn, string requestId);

    [LoggerMessage(EventId = 301, Level = LogLevel.Debug,
        Message = "s3://{Bucket}/{Key} does not match the notification filter of {FunctionArn}")]
    private static partial void LogNotMatched(ILogger logger, string bucket, string key, string functionArn);
}
