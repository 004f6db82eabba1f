using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using ImagePipeline.Core.Metadata;

namespace ImagePipeline.Function.Processing;

/// <summary>Writes a metadata item unless the table already holds one from the same or a newer event.</summary>
/// <remarks>
/// The processor role may only put items in its own partition (no reads), so ordering is enforced by the
/// write itself: the put succeeds only when no item exists or the stored sequencer is smaller.
/// </remarks>
internal static class ImageItemWriter
{
    private const string Condition = "attribute_not_exists(#pk) OR #seq < :seq";

    /// <summary>Writes the item; false when a duplicate or older event lost to the stored item.</summary>
    public static async Task<bool> WriteAsync(
        IAmazonDynamoDB dynamoDb,
        string tableName,
        ImageRecord record,
        InvocationContext context,
        string engine,
        CancellationToken cancellationToken)
    {
        var request = new PutItemRequest
        {
            TableName = tableName,
            Item = ImageItemMapper.ToItem(record, context, engine),
            ConditionExpression = Condition,
            ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["#pk"] = ImageItemAttributes.PartitionKey,
                ["#seq"] = ImageItemAttributes.Sequencer,
            },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                [":seq"] = new() { S = record.Sequencer },
            },
        };

        try
        {
            await dynamoDb.PutItemAsync(request, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }
}
