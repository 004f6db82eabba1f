using System.Net;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class DynamoDbAttackTests(GatewayFixture fixture)
{
    private const string AliceSecret = "alice-private-caption";

    [Theory]
    [InlineData("application/x-amz-json-1.0", "&Action=Scan&")]
    [InlineData("application/x-amz-json-1.0", "&%41ction=Scan&")]
    [InlineData("application/x-www-form-urlencoded", "&action=Scan&")]
    public async Task GetItem_BodySmugglingAFormAction_RefusedAndNothingOfTheVictimIsRead(
        string contentType,
        string smuggled)
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, table) = await fixture.ProvisionAsync(ct);
        await SeedAliceAsync(table, ct);
        var body = $$$"""
            {"TableName":"{{{table}}}","Key":{"PK":{"S":"USER#mallory"},"SK":{"S":"IMG#1"}},"X":"{{{smuggled}}}"}
            """;

        using var sut = await SendAsync("GetItem", body, contentType, ct);

        var text = await sut.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.BadRequest, sut.StatusCode);
        Assert.Contains("SerializationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain(AliceSecret, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetItem_BodySmugglingPutItem_RefusedAndTheVictimsItemIsUnchanged()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, table) = await fixture.ProvisionAsync(ct);
        await SeedAliceAsync(table, ct);
        var body = $$$"""
            {"TableName":"{{{table}}}","Key":{"PK":{"S":"USER#mallory"},"SK":{"S":"IMG#1"}},
             "Item":{"PK":{"S":"USER#alice"},"SK":{"S":"IMG#1"},"Caption":{"S":"owned"}},"X":"&Action=PutItem&"}
            """;

        using var sut = await SendAsync("GetItem", body, "application/x-amz-json-1.0", ct);

        Assert.Equal(HttpStatusCode.BadRequest, sut.StatusCode);
        using var direct = new AmazonDynamoDBClient(
            new BasicAWSCredentials("test", "test"), fixture.DirectDynamoConfig());
        var item = await direct.GetItemAsync(table, AliceKey(), ct);
        Assert.Equal(AliceSecret, item.Item["Caption"].S);
    }

    [Fact]
    public async Task GetItem_OwnItemWithAFormContentType_StillRunsAsGetItem()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, table) = await fixture.ProvisionAsync(ct);
        await SeedAliceAsync(table, ct);
        var body = $$$$"""{"TableName":"{{{{table}}}}","Key":{"PK":{"S":"USER#alice"},"SK":{"S":"IMG#1"}}}""";

        using var sut = await SendAsync("GetItem", body, "application/x-www-form-urlencoded", ct, "alice");

        var text = await sut.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, sut.StatusCode);
        Assert.Contains(AliceSecret, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_NonAsciiPlaceholderHidingTheVictimsPartition_RefusedAndNothingIsRead()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, table) = await fixture.ProvisionAsync(ct);
        await SeedAliceAsync(table, ct);
        var body = $$$"""
            {"TableName":"{{{table}}}","KeyConditionExpression":"PK = :v\u00e9",
             "ExpressionAttributeValues":{":v\u00e9":{"S":"USER#alice"},":v":{"S":"USER#mallory"}}
             }
            """;

        using var sut = await SendAsync("Query", body, "application/x-amz-json-1.0", ct);

        var text = await sut.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.BadRequest, sut.StatusCode);
        Assert.Contains("AccessDeniedException", text, StringComparison.Ordinal);
        Assert.DoesNotContain(AliceSecret, text, StringComparison.Ordinal);
    }

    private static Dictionary<string, AttributeValue> AliceKey() =>
        new() { ["PK"] = new("USER#alice"), ["SK"] = new("IMG#1") };

    private async Task SeedAliceAsync(string table, CancellationToken ct)
    {
        using var direct = new AmazonDynamoDBClient(
            new BasicAWSCredentials("test", "test"), fixture.DirectDynamoConfig());
        var item = AliceKey();
        item["Caption"] = new(AliceSecret);
        await direct.PutItemAsync(table, item, ct);
    }

    private async Task<HttpResponseMessage> SendAsync(
        string operation,
        string body,
        string contentType,
        CancellationToken ct,
        string tenant = "mallory")
    {
        var credentials = await (await fixture.TenantUserAsync(tenant, ct)).GetCredentialsAsync();
        return await AttackRequests.SendAsync(
            fixture.Gateway.Endpoint,
            credentials,
            "dynamodb",
            HttpMethod.Post,
            "/",
            Encoding.UTF8.GetBytes(body),
            new Dictionary<string, string>
            {
                ["content-type"] = contentType,
                ["x-amz-target"] = "DynamoDB_20120810." + operation,
            },
            ct: ct);
    }
}
