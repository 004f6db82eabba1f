namespace ImagePipeline.Core.Metadata;

/// <summary>One written variant as recorded in the metadata item.</summary>
/// <param name="Name">The variant's name.</param>
/// <param name="Key">The S3 key it was written to.</param>
/// <param name="Width">The width in pixels.</param>
/// <param name="Height">The height in pixels.</param>
/// <param name="SizeBytes">The encoded size in bytes.</param>
public sealed record VariantRecord(string Name, string Key, int Width, int Height, long SizeBytes);
