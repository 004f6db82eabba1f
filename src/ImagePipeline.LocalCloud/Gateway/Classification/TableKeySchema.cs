namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>The partition key names of a table and of its secondary indexes.</summary>
/// <param name="PartitionKey">The table's partition (hash) key attribute.</param>
/// <param name="IndexPartitionKeys">Each index's partition key attribute, by index name.</param>
internal sealed record TableKeySchema(string PartitionKey, IReadOnlyDictionary<string, string> IndexPartitionKeys);
