namespace ImagePipeline.Policies.Templates;

/// <summary>The DynamoDB table of the template.</summary>
/// <param name="LogicalId">The table's logical id.</param>
/// <param name="TableName">The table name.</param>
/// <param name="Arn">The table ARN.</param>
/// <param name="PartitionKey">The hash key attribute name.</param>
/// <param name="SortKey">The range key attribute name, or null when there is none.</param>
/// <param name="BillingMode">The billing mode, such as <c>PAY_PER_REQUEST</c>.</param>
public sealed record ResolvedTable(
    string LogicalId,
    string TableName,
    string Arn,
    string PartitionKey,
    string? SortKey,
    string BillingMode);
