using ImagePipeline.Function.Events;

namespace ImagePipeline.Function.Tests.Fakes;

/// <summary>Builds event records with one field changed from a valid upload.</summary>
internal static class Records
{
    public static S3EventRecord Upload(
        string key = "originals/alice/photo.jpg",
        string? eventName = "ObjectCreated:Put",
        string? eventSource = "aws:s3",
        string? eventVersion = "2.1",
        string? etag = "abc123",
        string? sequencer = "0055AED6DCD90281E5",
        long? size = 100) => new()
        {
            EventVersion = eventVersion,
            EventSource = eventSource,
            EventName = eventName,
            S3 = new S3Entity
            {
                Bucket = new S3BucketEntity { Name = "bucket" },
                ObjectEntity = new S3ObjectEntity
                {
                    Key = S3EventFactory.EncodeKey(key),
                    ETag = etag,
                    Sequencer = sequencer,
                    Size = size,
                },
            },
        };
}
