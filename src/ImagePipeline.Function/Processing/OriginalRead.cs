namespace ImagePipeline.Function.Processing;

/// <summary>The bytes of an original, or why this event may not read them.</summary>
/// <param name="Content">The bytes; empty when stale or over the size limit.</param>
/// <param name="SkipReason">Why the event is stale (a newer upload, a deletion); null when read.</param>
internal sealed record OriginalRead(ReadOnlyMemory<byte> Content, string? SkipReason)
{
    /// <summary>The length S3 declared for the object.</summary>
    public long DeclaredLength { get; init; }

    /// <summary>The ETag of the content read, without quotes.</summary>
    public string ETag { get; init; } = string.Empty;

    public bool IsStale => SkipReason is not null;
}
