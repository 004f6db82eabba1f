namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>Finds the key schema of a table, so <c>dynamodb:LeadingKeys</c> takes only partition key values.</summary>
internal interface ITableSchemaSource
{
    /// <summary>The table's key schema, or null when the table is not known.</summary>
    ValueTask<TableKeySchema?> FindAsync(string table, CancellationToken cancellationToken);
}
