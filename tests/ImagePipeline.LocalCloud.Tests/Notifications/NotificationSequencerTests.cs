using ImagePipeline.Function.Events;
using ImagePipeline.LocalCloud.Notifications;

namespace ImagePipeline.LocalCloud.Tests.Notifications;

public sealed class NotificationSequencerTests
{
    [Fact]
    public void Next_SameKeyWithClockStandingStill_StrictlyIncreases()
    {
        var sut = new NotificationSequencer(new FixedClock(DateTimeOffset.UnixEpoch.AddYears(50)));

        var first = sut.Next("b", "originals/alice/cat.jpg");
        var second = sut.Next("b", "originals/alice/cat.jpg");

        Assert.True(Compare(second, first) > 0);
        Assert.Equal(16, first.Length);
    }

    [Fact]
    public void Next_ClockGoesBackwards_StillIncreasesForTheKey()
    {
        var clock = new FixedClock(DateTimeOffset.UnixEpoch.AddYears(50));
        var sut = new NotificationSequencer(clock);

        var first = sut.Next("b", "k");
        clock.Now -= TimeSpan.FromHours(1);
        var second = sut.Next("b", "k");

        Assert.True(Compare(second, first) > 0);
    }

    [Fact]
    public void Next_DifferentKeys_EachKeyStartsFromTheClock()
    {
        var clock = new FixedClock(DateTimeOffset.UnixEpoch.AddYears(50));
        var sut = new NotificationSequencer(clock);

        var a = sut.Next("b", "a");
        var b = sut.Next("b", "b");

        Assert.Equal(a, b);
    }

    // S3's rule for ordering sequencers, as the function applies it.
    private static int Compare(string left, string right)
    {
        Assert.True(EventSequencer.TryNormalize(left, out var l, out _));
        Assert.True(EventSequencer.TryNormalize(right, out var r, out _));
        return string.CompareOrdinal(l, r);
    }
}
