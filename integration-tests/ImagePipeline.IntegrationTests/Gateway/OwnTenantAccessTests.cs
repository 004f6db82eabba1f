using System.Text;
using Amazon.DynamoDBv2.Model;
using Amazon.S3.Model;

namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class OwnTenantAccessTests(GatewayFixture fixture)
{
    [Fact]
    public async Task TenantUser_UploadsListsAndReadsOwnOriginal_ThroughTheGateway()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        using var sut = fixture.S3(await fixture.TenantUserAsync("alice", ct));
        var payload = new byte[200_000];
        Random.Shared.NextBytes(payload);

        await sut.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = bucket, Key = "originals/alice/cat.jpg", InputStream = new MemoryStream(payload),
            },
            ct);
        var listed = await sut.ListObjectsV2Async(
            new ListObjectsV2Request { BucketName = bucket, Prefix = "originals/alice/" }, ct);
        using var read = await sut.GetObjectAsync(bucket, "originals/alice/cat.jpg", ct);
        using var copy = new MemoryStream();
        await read.ResponseStream.CopyToAsync(copy, ct);

        Assert.Equal(["originals/alice/cat.jpg"], listed.S3Objects.Select(o => o.Key));
        Assert.Equal(payload, copy.ToArray());
        Assert.Contains(fixture.Created, e => e.Bucket == bucket && e.Key == "originals/alice/cat.jpg"
                                              && e.Size == payload.Length && e.EventName == "ObjectCreated:Put");
    }

    [Fact]
    public async Task TenantProcessor_WritesOwnVariantAndItem_AndTenantUserReadsThem()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, table) = await fixture.ProvisionAsync(ct);
        var processor = await fixture.TenantProcessorAsync("alice", ct);
        using var s3 = fixture.S3(processor);
        using var dynamo = fixture.Dynamo(processor);

        await s3.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = bucket, Key = "processed/alice/cat/thumb.jpg", ContentBody = "thumb",
            },
            ct);
        await dynamo.PutItemAsync(
            new PutItemRequest
            {
                TableName = table,
                Item = new() { ["PK"] = new("USER#alice"), ["SK"] = new("IMAGE#cat"), ["Status"] = new("Done") },
            },
            ct);
        var user = await fixture.TenantUserAsync("alice", ct);
        using var userS3 = fixture.S3(user);
        using var userDynamo = fixture.Dynamo(user);
        using var variant = await userS3.GetObjectAsync(bucket, "processed/alice/cat/thumb.jpg", ct);
        var item = await userDynamo.GetItemAsync(
            new GetItemRequest
            {
                TableName = table, Key = new() { ["PK"] = new("USER#alice"), ["SK"] = new("IMAGE#cat") },
            },
            ct);
        var query = await userDynamo.QueryAsync(
            new QueryRequest
            {
                TableName = table,
                KeyConditionExpression = "PK = :pk",
                ExpressionAttributeValues = new() { [":pk"] = new("USER#alice") },
            },
            ct);

        using var reader = new StreamReader(variant.ResponseStream, Encoding.UTF8);
        Assert.Equal("thumb", await reader.ReadToEndAsync(ct));
        Assert.Equal("Done", item.Item["Status"].S);
        Assert.Single(query.Items);
    }
}
