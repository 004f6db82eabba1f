using ImagePipeline.Function.Events;

namespace ImagePipeline.Function.Tests.Events;

public sealed class EventSequencerTests
{
    [Theory]
    [InlineData("0055AED6DCD90281E5", "0055AED6DCD90281E6")]
    [InlineData("0055AED6DCD90281E5", "0055AED6DCD90281E5000001")]
    [InlineData("0055aed6dcd90281e5", "0055AED6DCD90281F0")]
    [InlineData("01", "1")]
    public void TryNormalize_LaterSequencer_ComparesGreaterAsAPlainString(string earlier, string later)
    {
        Assert.True(EventSequencer.TryNormalize(earlier, out var sutEarlier, out _));
        Assert.True(EventSequencer.TryNormalize(later, out var sutLater, out _));

        Assert.True(string.CompareOrdinal(sutEarlier, sutLater) < 0, $"{sutEarlier} should sort before {sutLater}");
    }

    [Fact]
    public void TryNormalize_ShorterValue_IsRightPaddedWithZerosToTheFixedWidth()
    {
        var ok = EventSequencer.TryNormalize("0055ae", out var sut, out _);

        Assert.True(ok);
        Assert.Equal(EventSequencer.Width, sut!.Length);
        Assert.Equal("0055AE" + new string('0', EventSequencer.Width - 6), sut);
    }

    [Fact]
    public void TryNormalize_DuplicateSequencers_AreEqual()
    {
        EventSequencer.TryNormalize("0055AED6", out var first, out _);
        EventSequencer.TryNormalize("0055aed6", out var second, out _);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(null, "no sequencer")]
    [InlineData("", "no sequencer")]
    [InlineData("00GG", "not hexadecimal")]
    [InlineData("00 1", "not hexadecimal")]
    public void TryNormalize_InvalidValue_RefusesWithAReason(string? value, string expected)
    {
        var ok = EventSequencer.TryNormalize(value, out var sut, out var error);

        Assert.False(ok);
        Assert.Null(sut);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryNormalize_LongerThanTheWidth_IsRefused()
    {
        var ok = EventSequencer.TryNormalize(new string('A', EventSequencer.Width + 1), out _, out var error);

        Assert.False(ok);
        Assert.Contains("limit", error, StringComparison.Ordinal);
    }
}
