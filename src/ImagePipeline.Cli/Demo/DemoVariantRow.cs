namespace ImagePipeline.Cli.Demo;

/// <summary>A variant as read back from S3.</summary>
/// <param name="Key">The variant's key.</param>
/// <param name="SizeBytes">Its size in bytes.</param>
/// <param name="Dimensions">Its dimensions from the object's metadata, for example <c>1024x768</c>.</param>
/// <param name="ContentType">Its content type.</param>
internal sealed record DemoVariantRow(string Key, long SizeBytes, string Dimensions, string ContentType);
