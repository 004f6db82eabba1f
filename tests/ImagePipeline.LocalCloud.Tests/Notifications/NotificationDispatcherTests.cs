using System.Text.Json;
using ImagePipeline.Function.Events;
using ImagePipeline.LocalCloud.Gateway;
using ImagePipeline.LocalCloud.Notifications;
using ImagePipeline.Policies.Templates;

namespace ImagePipeline.LocalCloud.Tests.Notifications;

public sealed class NotificationDispatcherTests
{
    private const string FunctionArn = "arn:aws:lambda:us-east-1:123456789012:function:resize";

    [Fact]
    public async Task OnObjectCreated_MatchingKey_QueuesTheRecordS3WouldSend()
    {
        var sut = CreateSut();

        var created = Created("originals/alice/summer trip/été.jpg");

        await sut.OnObjectCreatedAsync(created, TestContext.Current.CancellationToken);

        Assert.True(sut.Pending.TryRead(out var pending));
        var s3Event = JsonSerializer.Deserialize(pending.Payload, S3EventJsonContext.Default.S3Event)!;
        var record = Assert.Single(s3Event.Records!);
        Assert.Equal("originals/alice/summer+trip/%C3%A9t%C3%A9.jpg", record.S3!.ObjectEntity!.Key);
        Assert.Equal("abc123", record.S3.ObjectEntity.ETag);
        Assert.Equal(42L, record.S3.ObjectEntity.Size);
        Assert.Equal("images", record.S3.Bucket!.Name);
        Assert.Equal("ObjectCreated:Put", record.EventName);
        Assert.Equal("AWS:AROAEXAMPLE:user-alice", record.UserIdentity!.PrincipalId);
        Assert.Equal("Root=1-trace", pending.TraceId);
        Assert.Equal(FunctionArn, pending.FunctionArn);
    }

    [Fact]
    public async Task OnObjectCreated_SameKeyTwice_SecondSequencerIsLarger()
    {
        var sut = CreateSut();
        var ct = TestContext.Current.CancellationToken;

        await sut.OnObjectCreatedAsync(Created("originals/alice/cat.jpg"), ct);
        await sut.OnObjectCreatedAsync(Created("originals/alice/cat.jpg"), ct);

        Assert.True(sut.Pending.TryRead(out var first));
        Assert.True(sut.Pending.TryRead(out var second));
        Assert.True(string.CompareOrdinal(Sequencer(second), Sequencer(first)) > 0);
    }

    [Fact]
    public async Task OnObjectCreated_VariantOrUnconfiguredBucket_NothingQueuedButCounted()
    {
        var sut = CreateSut();
        var ct = TestContext.Current.CancellationToken;

        await sut.OnObjectCreatedAsync(Created("processed/alice/cat.jpg/thumb.jpg"), ct);
        await sut.OnObjectCreatedAsync(Created("originals/alice/cat.jpg") with { Bucket = "other" }, ct);

        Assert.False(sut.Pending.TryRead(out _));
        Assert.Equal(2, sut.Observed);
        Assert.Equal(0, sut.Matched);
    }

    private static NotificationDispatcher CreateSut()
    {
        var sut = new NotificationDispatcher("us-east-1");
        sut.Configure(
            "images",
            [new BucketNotification("s3:ObjectCreated:*", "originals/", null, FunctionArn, "Resize")]);
        return sut;
    }

    private static ObjectCreatedEvent Created(string key) => new(
        "images",
        key,
        42,
        "abc123",
        "ObjectCreated:Put",
        "AROAEXAMPLE:user-alice",
        "127.0.0.1",
        "REQ1",
        "Root=1-trace",
        DateTimeOffset.UtcNow);

    private static string Sequencer(PendingInvocation pending) =>
        JsonSerializer.Deserialize(pending.Payload, S3EventJsonContext.Default.S3Event)!
            .Records![0].S3!.ObjectEntity!.Sequencer!;
}
