using System.Text.Json;
using ImagePipeline.LocalCloud.Gateway.Classification;

namespace ImagePipeline.LocalCloud.Tests.Gateway;

public sealed class DynamoDbRequestClassifierTests
{
    private const string TableArn = "arn:aws:dynamodb:us-east-1:123456789012:table/meta";

    private sealed class KnownSchemas : ITableSchemaSource
    {
        public ValueTask<TableKeySchema?> FindAsync(string table, CancellationToken cancellationToken) =>
            ValueTask.FromResult<TableKeySchema?>(table == "meta"
                ? new TableKeySchema("PK", new Dictionary<string, string> { ["by-status"] = "Status" })
                : null);
    }

    private static async Task<ClassifiedRequest> ClassifyAsync(string operation, string json)
    {
        var sut = new DynamoDbRequestClassifier(new KnownSchemas(), "us-east-1", "123456789012");
        using var document = JsonDocument.Parse(json);
        var result = await sut.ClassifyAsync(operation, document.RootElement, TestContext.Current.CancellationToken);
        Assert.Null(result.Problem);
        return result.Request!;
    }

    private const string AliceKey = """{"PK": {"S": "USER#alice"}, "SK": {"S": "IMAGE#cat"}}""";

    [Theory]
    [InlineData("GetItem")]
    [InlineData("DeleteItem")]
    [InlineData("UpdateItem")]
    public async Task Classify_SingleItemOperations_TakeOnlyThePartitionKeyAsLeadingKey(string operation)
    {
        var sut = await ClassifyAsync(operation, """{"TableName": "meta", "Key": """ + AliceKey + "}");

        var check = Assert.Single(sut.Checks);
        Assert.Equal("dynamodb:" + operation, check.Action);
        Assert.Equal(TableArn, check.Resource);
        Assert.Equal(["USER#alice"], check.Context["dynamodb:LeadingKeys"]);
    }

    [Fact]
    public async Task Classify_PutItem_TakesLeadingKeyAndAttributesFromTheItem()
    {
        var sut = await ClassifyAsync("PutItem", """
            {"TableName": "meta", "Item": {"PK": {"S": "USER#bob"}, "SK": {"S": "IMAGE#x"}, "Width": {"N": "3"}},
             "ReturnValues": "ALL_OLD"}
            """);

        var context = sut.Checks[0].Context;
        Assert.Equal(["USER#bob"], context["dynamodb:LeadingKeys"]);
        Assert.Equal(["PK", "SK", "Width"], context["dynamodb:Attributes"]);
        Assert.Equal(["ALL_OLD"], context["dynamodb:ReturnValues"]);
    }

    [Fact]
    public async Task Classify_UpdateItem_NamesTheAttributesTheExpressionTouches()
    {
        var sut = await ClassifyAsync("UpdateItem", $$$$"""
            {"TableName": "meta", "Key": {{{{AliceKey}}}},
             "UpdateExpression": "SET #s = :s, Variants.thumb = if_not_exists(Variants.thumb, :v) REMOVE Tmp",
             "ExpressionAttributeNames": {"#s": "Status"}}
            """);

        Assert.Equal(["PK", "SK", "Status", "Tmp", "Variants"], sut.Checks[0].Context["dynamodb:Attributes"]);
    }

    [Fact]
    public async Task Classify_GetItemWithProjection_NamesTheProjectedAttributes()
    {
        var sut = await ClassifyAsync("GetItem", $$$$"""
            {"TableName": "meta", "Key": {{{{AliceKey}}}}, "ProjectionExpression": "#w, Height, Variants[0].Key",
             "ExpressionAttributeNames": {"#w": "Width"}}
            """);

        Assert.Equal(["Height", "Variants", "Width"], sut.Checks[0].Context["dynamodb:Attributes"]);
    }

    [Fact]
    public async Task Classify_QueryByExpression_TakesThePartitionValueNotTheSortCondition()
    {
        var sut = await ClassifyAsync("Query", """
            {"TableName": "meta", "KeyConditionExpression": "#p = :p AND begins_with(SK, :s)",
             "ExpressionAttributeNames": {"#p": "PK"},
             "ExpressionAttributeValues": {":p": {"S": "USER#alice"}, ":s": {"S": "IMAGE#"}},
             "Select": "ALL_ATTRIBUTES"}
            """);

        Assert.Equal(["USER#alice"], sut.Checks[0].Context["dynamodb:LeadingKeys"]);
        Assert.Equal(["ALL_ATTRIBUTES"], sut.Checks[0].Context["dynamodb:Select"]);
    }

    [Fact]
    public async Task Classify_QueryOnAnIndex_UsesTheIndexArnAndItsPartitionKey()
    {
        var sut = await ClassifyAsync("Query", """
            {"TableName": "meta", "IndexName": "by-status", "KeyConditionExpression": "Status = :s",
             "ExpressionAttributeValues": {":s": {"S": "Done"}}}
            """);

        Assert.Equal(TableArn + "/index/by-status", sut.Checks[0].Resource);
        Assert.Equal(["Done"], sut.Checks[0].Context["dynamodb:LeadingKeys"]);
    }

    [Fact]
    public async Task Classify_LegacyKeyConditions_TakeTheEqualityValue()
    {
        var sut = await ClassifyAsync("Query", """
            {"TableName": "meta", "KeyConditions": {
              "PK": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "USER#bob"}]},
              "SK": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"S": "IMAGE#"}]}}}
            """);

        Assert.Equal(["USER#bob"], sut.Checks[0].Context["dynamodb:LeadingKeys"]);
    }

    [Fact]
    public async Task Classify_Scan_CarriesNoLeadingKeys()
    {
        var sut = await ClassifyAsync("Scan", """{"TableName": "meta", "Select": "COUNT"}""");

        Assert.Equal("dynamodb:Scan", sut.Checks[0].Action);
        Assert.False(sut.Checks[0].Context.ContainsKey("dynamodb:LeadingKeys"));
        Assert.Equal(["COUNT"], sut.Checks[0].Context["dynamodb:Select"]);
    }

    [Fact]
    public async Task Classify_BatchGetItem_CollectsEveryKeysPartitionPerTable()
    {
        var sut = await ClassifyAsync("BatchGetItem", """
            {"RequestItems": {"meta": {"Keys": [
              {"PK": {"S": "USER#alice"}, "SK": {"S": "IMAGE#a"}}, {"PK": {"S": "USER#bob"}, "SK": {"S": "IMAGE#b"}}]}}}
            """);

        var check = Assert.Single(sut.Checks);
        Assert.Equal("dynamodb:BatchGetItem", check.Action);
        Assert.Equal(["USER#alice", "USER#bob"], check.Context["dynamodb:LeadingKeys"]);
    }

    [Fact]
    public async Task Classify_BatchWriteItem_CollectsPutsAndDeletes()
    {
        var sut = await ClassifyAsync("BatchWriteItem", """
            {"RequestItems": {"meta": [
              {"PutRequest": {"Item": {"PK": {"S": "USER#alice"}, "SK": {"S": "IMAGE#a"}}}},
              {"DeleteRequest": {"Key": {"PK": {"S": "USER#carol"}, "SK": {"S": "IMAGE#c"}}}}]}}
            """);

        Assert.Equal(["USER#alice", "USER#carol"], sut.Checks[0].Context["dynamodb:LeadingKeys"]);
    }

    [Fact]
    public async Task Classify_TransactWriteItems_ChecksEachItemAsItsOwnAction()
    {
        var sut = await ClassifyAsync("TransactWriteItems", """
            {"TransactItems": [
              {"Put": {"TableName": "meta", "Item": {"PK": {"S": "USER#alice"}, "SK": {"S": "IMAGE#a"}}}},
              {"Update": {"TableName": "meta", "Key": {"PK": {"S": "USER#bob"}, "SK": {"S": "IMAGE#b"}},
                          "UpdateExpression": "SET Done = :t"}},
              {"ConditionCheck": {"TableName": "meta", "Key": {"PK": {"S": "USER#alice"}, "SK": {"S": "IMAGE#cat"}},
                                  "ConditionExpression": "attribute_exists(PK)"}}]}
            """);

        Assert.Equal(
            ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:ConditionCheckItem"],
            sut.Checks.Select(c => c.Action));
        Assert.Equal(["USER#bob"], sut.Checks[1].Context["dynamodb:LeadingKeys"]);
    }

    [Fact]
    public async Task Classify_UnknownTableSchema_TakesEveryKeyValue_SoConditionsOnlyGetStricter()
    {
        var sut = await ClassifyAsync(
            "GetItem", """{"TableName": "other", "Key": {"PK": {"S": "USER#alice"}, "SK": {"S": "IMAGE#x"}}}""");

        Assert.Equal(["USER#alice", "IMAGE#x"], sut.Checks[0].Context["dynamodb:LeadingKeys"]);
    }

    [Theory]
    [InlineData("DescribeTable", """{"TableName": "meta"}""", TableArn)]
    [InlineData("CreateTable", """{"TableName": "meta"}""", TableArn)]
    [InlineData("ListTables", "{}", "*")]
    [InlineData("ListTagsOfResource", """{"ResourceArn": "arn:aws:dynamodb:us-east-1:1:table/meta"}""", TableArn)]
    public async Task Classify_TableOperations_TargetTheTable(string operation, string json, string resource)
    {
        var sut = await ClassifyAsync(operation, json);

        Assert.Equal(resource, sut.Checks[0].Resource);
        Assert.Equal("dynamodb:" + operation, sut.Checks[0].Action);
    }

    [Theory]
    [InlineData("ExecuteStatement", """{"Statement": "SELECT * FROM meta"}""")]
    [InlineData("BatchExecuteStatement", "{}")]
    [InlineData("GetItem", """{"Key": {}}""")]
    [InlineData("BatchGetItem", """{"RequestItems": {}}""")]
    [InlineData("TransactGetItems", """{"TransactItems": [{"Mystery": {"TableName": "meta"}}]}""")]
    public async Task Classify_RequestsItCannotClassify_AreUnsupported(string operation, string json)
    {
        var sut = new DynamoDbRequestClassifier(new KnownSchemas(), "us-east-1", "123456789012");
        using var document = JsonDocument.Parse(json);

        var result = await sut.ClassifyAsync(operation, document.RootElement, TestContext.Current.CancellationToken);

        Assert.Null(result.Request);
        Assert.NotNull(result.Problem);
    }
}
