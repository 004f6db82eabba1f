namespace ImagePipeline.Function.Events;

/// <summary>An object that was written to S3, as an event source describes it.</summary>
/// <param name="Bucket">The bucket's name.</param>
/// <param name="Key">The decoded object key.</param>
/// <param name="Size">The object's size in bytes.</param>
/// <param name="ETag">The object's ETag, with or without quotes.</param>
/// <param name="Sequencer">The hexadecimal sequencer; later writes of the same key have larger values.</param>
public sealed record S3Upload(string Bucket, string Key, long Size, string ETag, string Sequencer)
{
    /// <summary>The region of the bucket.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>When the write finished.</summary>
    public DateTimeOffset Time { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The event name, <c>ObjectCreated:Put</c> unless the write was a copy or multipart upload.</summary>
    public string EventName { get; init; } = S3EventFactory.PutEventName;

    /// <summary>The uploader's principal id.</summary>
    public string PrincipalId { get; init; } = "AWS:LOCAL";

    /// <summary>The uploader's address.</summary>
    public string SourceIpAddress { get; init; } = "127.0.0.1";

    /// <summary>S3's request id for the write.</summary>
    public string RequestId { get; init; } = Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();

    /// <summary>S3's host id for the write.</summary>
    public string HostId { get; init; } = "local";

    /// <summary>The id of the notification configuration.</summary>
    public string ConfigurationId { get; init; } = "resize-originals";

    /// <summary>The object's version, when the bucket is versioned.</summary>
    public string? VersionId { get; init; }
}
