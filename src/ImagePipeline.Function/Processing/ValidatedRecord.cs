using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Function.Processing;

/// <summary>An object-created record whose key, ETag and sequencer were checked.</summary>
/// <param name="Original">The original's key, tenant included.</param>
/// <param name="Bucket">The bucket holding the original.</param>
/// <param name="ETag">The ETag the event saw, without quotes.</param>
/// <param name="Size">The size the event saw, in bytes, when given.</param>
/// <param name="Sequencer">The sequencer, normalised for string comparison.</param>
internal sealed record ValidatedRecord(
    OriginalObjectKey Original,
    string Bucket,
    string ETag,
    long? Size,
    string Sequencer);
