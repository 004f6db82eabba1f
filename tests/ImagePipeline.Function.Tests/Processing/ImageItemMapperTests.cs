using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Metadata;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Processing;

namespace ImagePipeline.Function.Tests.Processing;

public sealed class ImageItemMapperTests
{
    private static readonly OriginalObjectKey Original = new(TenantId.Parse("alice"), "a b.jpg");

    [Fact]
    public void ToItem_ProcessedImage_HoldsKeysSizesVariantsAndTrace()
    {
        var record = NewRecord(ImageStatus.Processed) with
        {
            Format = ImageFormat.Jpeg,
            Width = 4000,
            Height = 3000,
            Variants = [new VariantRecord("medium", "processed/alice/a b.jpg/medium.jpg", 1024, 768, 9000)],
        };

        var sut = ImageItemMapper.ToItem(record, new InvocationContext("req-1", "Root=1-abc-def"), "imagesharp");

        Assert.Equal("USER#alice", sut[ImageItemAttributes.PartitionKey].S);
        Assert.Equal("IMAGE#a b.jpg", sut[ImageItemAttributes.SortKey].S);
        Assert.Equal("originals/alice/a b.jpg", sut[ImageItemAttributes.OriginalKey].S);
        Assert.Equal("Processed", sut[ImageItemAttributes.Status].S);
        Assert.Equal("12345", sut[ImageItemAttributes.SizeBytes].N);
        Assert.Equal("Jpeg", sut[ImageItemAttributes.Format].S);
        Assert.Equal("4000", sut[ImageItemAttributes.Width].N);
        Assert.Equal("3000", sut[ImageItemAttributes.Height].N);
        Assert.Equal("etag-1", sut[ImageItemAttributes.ETag].S);
        Assert.Equal("00FF", sut[ImageItemAttributes.Sequencer].S);
        Assert.Equal("Root=1-abc-def", sut[ImageItemAttributes.TraceId].S);
        Assert.Equal("req-1", sut[ImageItemAttributes.RequestId].S);
        Assert.Equal("imagesharp", sut[ImageItemAttributes.Engine].S);
        Assert.Equal("1.5", sut[ImageItemAttributes.Timings].M["ResizeMs"].N);
        var variant = Assert.Single(sut[ImageItemAttributes.Variants].L).M;
        Assert.Equal("processed/alice/a b.jpg/medium.jpg", variant["Key"].S);
        Assert.Equal("768", variant["Height"].N);
        Assert.Equal("9000", variant["SizeBytes"].N);
        Assert.False(sut.ContainsKey(ImageItemAttributes.RejectionReason));
    }

    [Fact]
    public void ToItem_RejectedImage_HoldsTheReasonAndNoDimensions()
    {
        var record = NewRecord(ImageStatus.Rejected) with
        {
            Rejection = new ImageRejection(RejectionReason.Corrupt, "truncated JPEG"),
        };

        var sut = ImageItemMapper.ToItem(record, new InvocationContext("req-2"), "imagesharp");

        Assert.Equal("Rejected", sut[ImageItemAttributes.Status].S);
        Assert.Equal("Corrupt", sut[ImageItemAttributes.RejectionReason].S);
        Assert.Equal("truncated JPEG", sut[ImageItemAttributes.RejectionMessage].S);
        Assert.Empty(sut[ImageItemAttributes.Variants].L);
        Assert.False(sut.ContainsKey(ImageItemAttributes.Width));
        Assert.False(sut.ContainsKey(ImageItemAttributes.TraceId));
    }

    private static ImageRecord NewRecord(ImageStatus status) => new()
    {
        Original = Original,
        Status = status,
        SizeBytes = 12345,
        ETag = "etag-1",
        Sequencer = "00FF",
        ProcessedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Timings = new ImageTimings(1, 1.5, 2, 4.5),
    };
}
