using ImagePipeline.Function.Events;
using ImagePipeline.Function.Processing;
using ImagePipeline.Function.Tests.Fakes;

namespace ImagePipeline.Function.Tests.Processing;

public sealed class RecordValidatorTests
{
    [Fact]
    public void Check_ValidUpload_ReturnsTheTenantKeyAndNormalisedSequencer()
    {
        var sut = RecordValidator.Check(Records.Upload("originals/alice/dir/my photo.jpg", etag: "\"abc\""));

        Assert.True(sut.IsValid);
        Assert.Equal("alice", sut.Record.Original.Tenant.Value);
        Assert.Equal("dir/my photo.jpg", sut.Record.Original.Name);
        Assert.Equal("bucket", sut.Record.Bucket);
        Assert.Equal("abc", sut.Record.ETag);
        Assert.Equal(EventSequencer.Width, sut.Record.Sequencer.Length);
        Assert.StartsWith("0055AED6DCD90281E5", sut.Record.Sequencer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("processed/alice/photo.jpg/thumb.jpg", "outside 'originals/'")]
    [InlineData("photo.jpg", "outside 'originals/'")]
    [InlineData("originals/Alice/photo.jpg", "Tenant id")]
    [InlineData("originals/alice/../bob/photo.jpg", "'..'")]
    [InlineData("originals/alice/", "empty")]
    public void Check_HostileKey_IsRefusedWithTheCoreReason(string key, string reason)
    {
        var sut = RecordValidator.Check(Records.Upload(key));

        Assert.False(sut.IsValid);
        Assert.Equal(RecordOutcomeKind.Refused, sut.Outcome.Kind);
        Assert.Contains(reason, sut.Outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_VariantKeyWrittenBack_NeverPassesTheOriginalsRule()
    {
        var original = ImagePipeline.Core.Tenancy.ObjectKeyLayout.ParseKey("originals/alice/a.jpg").Key!;
        var variantKey = ImagePipeline.Core.Tenancy.ObjectKeyLayout.VariantKey(original, "thumb", "jpg");

        var sut = RecordValidator.Check(Records.Upload(variantKey));

        Assert.Equal(RecordOutcomeKind.Refused, sut.Outcome!.Kind);
    }

    [Theory]
    [InlineData("ObjectRemoved:Delete")]
    [InlineData(null)]
    public void Check_NotAnObjectCreatedEvent_IsIgnored(string? eventName)
    {
        var sut = RecordValidator.Check(Records.Upload(eventName: eventName));

        Assert.Equal(RecordOutcomeKind.Ignored, sut.Outcome!.Kind);
    }

    [Theory]
    [InlineData("aws:sqs", "2.1")]
    [InlineData("aws:s3", "1.0")]
    [InlineData("aws:s3", null)]
    public void Check_NotAnS3EventOfVersion2_IsRefused(string eventSource, string? version)
    {
        var sut = RecordValidator.Check(Records.Upload(eventSource: eventSource, eventVersion: version));

        Assert.Equal(RecordOutcomeKind.Refused, sut.Outcome!.Kind);
        Assert.Contains("2.x", sut.Outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoETag_IsRefusedBecauseTheReadCannotBePinned()
    {
        var sut = RecordValidator.Check(Records.Upload(etag: null));

        Assert.Equal(RecordOutcomeKind.Refused, sut.Outcome!.Kind);
        Assert.Contains("ETag", sut.Outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BadSequencer_IsRefused()
    {
        var sut = RecordValidator.Check(Records.Upload(sequencer: "not-hex"));

        Assert.Equal(RecordOutcomeKind.Refused, sut.Outcome!.Kind);
        Assert.Contains("not hexadecimal", sut.Outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvalidPercentEncoding_IsRefusedNamingTheKey()
    {
        var record = Records.Upload();
        var broken = new S3EventRecord
        {
            EventVersion = record.EventVersion,
            EventSource = record.EventSource,
            EventName = record.EventName,
            S3 = new S3Entity
            {
                Bucket = record.S3!.Bucket,
                ObjectEntity = new S3ObjectEntity { Key = "originals/alice/%ZZ.jpg", ETag = "e", Sequencer = "01" },
            },
        };

        var sut = RecordValidator.Check(broken);

        Assert.Equal(RecordOutcomeKind.Refused, sut.Outcome!.Kind);
        Assert.Contains("%ZZ", sut.Outcome.Detail, StringComparison.Ordinal);
    }
}
