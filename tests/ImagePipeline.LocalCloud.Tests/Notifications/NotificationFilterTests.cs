using ImagePipeline.LocalCloud.Notifications;
using ImagePipeline.Policies.Templates;

namespace ImagePipeline.LocalCloud.Tests.Notifications;

public sealed class NotificationFilterTests
{
    private static readonly BucketNotification Originals =
        new("s3:ObjectCreated:*", "originals/", null, "arn:aws:lambda:us-east-1:123456789012:function:f", "F");

    [Theory]
    [InlineData("ObjectCreated:Put")]
    [InlineData("ObjectCreated:Copy")]
    [InlineData("ObjectCreated:CompleteMultipartUpload")]
    public void Matches_OriginalKeyWithAnyCreateEvent_True(string eventName)
    {
        var sut = Originals;

        var matched = NotificationFilter.Matches(sut, eventName, "originals/alice/cat.jpg");

        Assert.True(matched);
    }

    [Theory]
    [InlineData("processed/alice/cat.jpg/thumb.jpg")]
    [InlineData("alice/originals/cat.jpg")]
    [InlineData("Originals/alice/cat.jpg")]
    public void Matches_KeyOutsideThePrefix_False(string key)
    {
        var sut = Originals;

        var matched = NotificationFilter.Matches(sut, "ObjectCreated:Put", key);

        Assert.False(matched);
    }

    [Fact]
    public void Matches_SuffixFilter_OnlyKeysWithThatEnding()
    {
        var sut = Originals with { Suffix = ".jpg" };

        var jpeg = NotificationFilter.Matches(sut, "ObjectCreated:Put", "originals/alice/cat.jpg");
        var png = NotificationFilter.Matches(sut, "ObjectCreated:Put", "originals/alice/cat.png");

        Assert.True(jpeg);
        Assert.False(png);
    }

    [Theory]
    [InlineData("s3:ObjectCreated:Put", "ObjectCreated:Put", true)]
    [InlineData("s3:ObjectCreated:Put", "ObjectCreated:Copy", false)]
    [InlineData("s3:ObjectRemoved:*", "ObjectCreated:Put", false)]
    [InlineData("s3:ObjectCreated:*", "ObjectCreated:Post", true)]
    public void EventMatches_Pattern_MatchesAsS3Does(string pattern, string eventName, bool expected)
    {
        var matched = NotificationFilter.EventMatches(pattern, eventName);

        Assert.Equal(expected, matched);
    }
}
