namespace ImagePipeline.Cli.Demo;

/// <summary>An original as read back from S3 and DynamoDB.</summary>
/// <param name="Key">The original's key.</param>
/// <param name="SizeBytes">Its size in bytes.</param>
/// <param name="Dimensions">Its dimensions from the metadata item, or <c>-</c>.</param>
/// <param name="Status">The item's status, or <c>no item</c>.</param>
/// <param name="Reason">The rejection message, when rejected.</param>
/// <param name="Variants">Its variants.</param>
internal sealed record DemoOriginalRow(
    string Key,
    long SizeBytes,
    string Dimensions,
    string Status,
    string? Reason,
    IReadOnlyList<DemoVariantRow> Variants);
