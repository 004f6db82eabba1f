using System.Text.Json.Serialization;

namespace ImagePipeline.Function.Events;

/// <summary>The object of an event.</summary>
public sealed class S3ObjectEntity
{
    /// <summary>The object key, form-URL-encoded (<c>+</c> is a space, non-ASCII is percent-encoded).</summary>
    [JsonPropertyName("key")]
    public string? Key { get; init; }

    /// <summary>The object's size in bytes.</summary>
    [JsonPropertyName("size")]
    public long? Size { get; init; }

    /// <summary>The object's ETag, without quotes.</summary>
    [JsonPropertyName("eTag")]
    public string? ETag { get; init; }

    /// <summary>The object's version, when the bucket is versioned.</summary>
    [JsonPropertyName("versionId")]
    public string? VersionId { get; init; }

    /// <summary>A hexadecimal string that orders events on the same key; see <see cref="EventSequencer"/>.</summary>
    [JsonPropertyName("sequencer")]
    public string? Sequencer { get; init; }
}
