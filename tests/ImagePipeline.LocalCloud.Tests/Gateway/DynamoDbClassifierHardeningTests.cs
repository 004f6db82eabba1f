using System.Text.Json;
using ImagePipeline.LocalCloud.Gateway.Classification;

namespace ImagePipeline.LocalCloud.Tests.Gateway;

public sealed class DynamoDbClassifierHardeningTests
{
    private sealed class KnownSchemas : ITableSchemaSource
    {
        public ValueTask<TableKeySchema?> FindAsync(string table, CancellationToken cancellationToken) =>
            ValueTask.FromResult<TableKeySchema?>(
                table == "meta" ? new TableKeySchema("PK", new Dictionary<string, string>()) : null);
    }

    private static async Task<Classification> ClassifyAsync(string operation, string json)
    {
        var sut = new DynamoDbRequestClassifier(new KnownSchemas(), "us-east-1", "123456789012");
        using var document = JsonDocument.Parse(json);
        return await sut.ClassifyAsync(operation, document.RootElement, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("""
        {"KeyConditionExpression": "PK = :vé",
         "ExpressionAttributeValues": {":vé": {"S": "USER#alice"}, ":v": {"S": "USER#mallory"}}}
        """)]
    [InlineData("""
        {"KeyConditionExpression": "PK = :v",
         "ExpressionAttributeValues": {":v": {"S": "USER#mallory"}, ":w": {"S": "USER#alice"}}}
        """)]
    [InlineData("""
        {"KeyConditionExpression": "#é = :v",
         "ExpressionAttributeNames": {"#é": "PK"},
         "ExpressionAttributeValues": {":v": {"S": "USER#mallory"}}}
        """)]
    [InlineData("""
        {"KeyConditionExpression": "PK = :v",
         "ExpressionAttributeNames": {"#p": "PK"},
         "ExpressionAttributeValues": {":v": {"S": "USER#mallory"}}}
        """)]
    [InlineData("""
        {"KeyConditionExpression": "PK\u00a0= :v",
         "ExpressionAttributeValues": {":v": {"S": "USER#mallory"}}}
        """)]
    [InlineData("""
        {"KeyConditionExpression": "PK = :v",
         "ExpressionAttributeValues": {":v": {"S": "USER#mallory"}, ":v-x": {"S": "USER#alice"}}}
        """)]
    public async Task Classify_QueryWithPlaceholdersTheBackendCouldReadDifferently_IsRefused(string rest)
    {
        var sut = await ClassifyAsync("Query", """{"TableName": "meta", """ + rest[1..]);

        Assert.Null(sut.Request);
        Assert.Contains("Expression", sut.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_QueryWithWholeAsciiPlaceholders_TakesTheReferencedValue()
    {
        var sut = await ClassifyAsync("Query", """
            {"TableName": "meta", "KeyConditionExpression": "#p = :v_1 AND begins_with(SK, :v)",
             "ExpressionAttributeNames": {"#p": "PK"},
             "ExpressionAttributeValues": {":v_1": {"S": "USER#mallory"}, ":v": {"S": "IMG#"}}}
            """);

        Assert.Equal(["USER#mallory"], sut.Request!.Checks[0].Context["dynamodb:LeadingKeys"]);
    }

    [Theory]
    [InlineData("UpdateItem", """
        {"TableName": "meta",
         "Key": {"PK": {"S": "USER#a"}},
         "UpdateExpression": "SET Ünï = :v",
         "ExpressionAttributeValues": {":v": {"S": "x"}}}
        """)]
    [InlineData("PutItem", """
        {"TableName": "meta",
         "Item": {"PK": {"S": "USER#a"}},
         "ConditionExpression": "attribute_not_exists(PK)",
         "ExpressionAttributeValues": {":v": {"S": "x"}}}
        """)]
    [InlineData("Scan", """
        {"TableName": "meta",
         "FilterExpression": "PK = :vé",
         "ExpressionAttributeValues": {":vé": {"S": "x"}}}
        """)]
    [InlineData("TransactWriteItems", """
        {"TransactItems": [{"Put": {"TableName": "meta",
         "Item": {"PK": {"S": "USER#a"}},
         "ConditionExpression": "attribute_not_exists(PK)",
         "ExpressionAttributeNames": {"#x": "PK"}}}]}
        """)]
    [InlineData("BatchGetItem", """
        {"RequestItems": {"meta": {"Keys": [{"PK": {"S": "USER#a"}}],
         "ProjectionExpression": "#ñ",
         "ExpressionAttributeNames": {"#ñ": "PK"}}}}
        """)]
    public async Task Classify_OtherExpressionsWithUnsafePlaceholders_AreRefused(string operation, string json)
    {
        var sut = await ClassifyAsync(operation, json);

        Assert.Null(sut.Request);
        Assert.NotNull(sut.Problem);
    }

    [Theory]
    [InlineData("""
        {"RequestItems": {"meta": [{"DeleteRequest": {"Key": {"PK": {"S": "USER#bob"}}},
                                    "PutRequest": {"Item": {"PK": {"S": "USER#alice"}}}}]}}
        """)]
    [InlineData("""{"RequestItems": {"meta": [{}]}}""")]
    [InlineData("""{"RequestItems": {"meta": [{"PutRequest": {"Item": {"PK": {"S": "USER#a"}}}, "X": 1}]}}""")]
    public async Task Classify_BatchWriteEntryNotHoldingExactlyOneRequest_IsRefused(string json)
    {
        var sut = await ClassifyAsync("BatchWriteItem", json);

        Assert.Null(sut.Request);
        Assert.Contains("exactly one", sut.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_TransactItemHoldingTwoRequests_IsRefused()
    {
        var sut = await ClassifyAsync("TransactWriteItems", """
            {"TransactItems": [{"Put": {"TableName": "meta", "Item": {"PK": {"S": "USER#alice"}}},
                                "Delete": {"TableName": "meta", "Key": {"PK": {"S": "USER#bob"}}}}]}
            """);

        Assert.Null(sut.Request);
        Assert.Contains("exactly one", sut.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_BatchWriteWithOneRequestPerEntry_TakesEveryLeadingKey()
    {
        var sut = await ClassifyAsync("BatchWriteItem", """
            {"RequestItems": {"meta": [{"PutRequest": {"Item": {"PK": {"S": "USER#alice"}}}},
                                       {"DeleteRequest": {"Key": {"PK": {"S": "USER#alice"}}}}]}}
            """);

        Assert.Equal(["USER#alice"], sut.Request!.Checks[0].Context["dynamodb:LeadingKeys"]);
    }
}
