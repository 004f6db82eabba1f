using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.IntegrationTests.EndToEnd;

/// <summary>Every attempt by one tenant on another tenant's data is refused by the gateway with AWS's error.</summary>
[Collection(LocalCloudSuite.Name)]
public sealed class CrossTenantTests(LocalCloudFixture fixture)
{
    [Fact]
    public async Task GetObject_OtherTenantsOriginalAndVariant_AccessDenied()
    {
        var (attacker, victim, ct) = await ArrangeAsync();
        using var sut = fixture.S3(attacker.Credentials);

        var original = await Assert.ThrowsAsync<AmazonS3Exception>(
            () => sut.GetObjectAsync(fixture.Bucket, OriginalKey(victim), ct));
        var variant = await Assert.ThrowsAsync<AmazonS3Exception>(
            () => sut.GetObjectAsync(fixture.Bucket, VariantKey(victim), ct));

        AssertS3Denied(original);
        AssertS3Denied(variant);
        await AssertAuditedDenialAsync(attacker.Tenant, "s3:GetObject", OriginalKey(victim), ct);
    }

    [Fact]
    public async Task PutObject_IntoOtherTenantsOriginals_AccessDeniedAndNothingStored()
    {
        var (attacker, victim, ct) = await ArrangeAsync();
        using var sut = fixture.S3(attacker.Credentials);
        var key = ObjectKeyLayout.OriginalKey(victim, "planted.jpg");

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => sut.PutObjectAsync(
            new PutObjectRequest { BucketName = fixture.Bucket, Key = key, ContentBody = "planted" }, ct));

        AssertS3Denied(error);
        using var direct = fixture.DirectS3();
        var stored = await direct.ListObjectsV2Async(
            new ListObjectsV2Request { BucketName = fixture.Bucket, Prefix = key }, ct);
        Assert.Empty(stored.S3Objects ?? []);
    }

    [Theory]
    [InlineData("originals/{victim}/")]
    [InlineData("processed/{victim}/")]
    [InlineData("")]
    public async Task ListObjects_OtherTenantsPrefixOrWholeBucket_AccessDenied(string prefixPattern)
    {
        var (attacker, victim, ct) = await ArrangeAsync();
        using var sut = fixture.S3(attacker.Credentials);
        var prefix = prefixPattern.Replace("{victim}", victim.Value, StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => sut.ListObjectsV2Async(
            new ListObjectsV2Request { BucketName = fixture.Bucket, Prefix = prefix }, ct));

        AssertS3Denied(error);
    }

    [Fact]
    public async Task PresignedUrl_ForOtherTenantsKey_Forbidden()
    {
        var (attacker, victim, ct) = await ArrangeAsync();
        using var s3 = fixture.S3(attacker.Credentials);
        var url = await s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
        {
            BucketName = fixture.Bucket,
            Key = OriginalKey(victim),
            Verb = HttpVerb.GET,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Protocol = Protocol.HTTP,
        });
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(url), ct);
        var body = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("<Code>AccessDenied</Code>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetItemAndQuery_OtherTenantsPartition_AccessDeniedException()
    {
        var (attacker, victim, ct) = await ArrangeAsync();
        using var sut = fixture.Dynamo(attacker.Credentials);

        var get = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => sut.GetItemAsync(
            new GetItemRequest { TableName = fixture.Table, Key = ItemKey(victim) }, ct));
        var query = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => sut.QueryAsync(
            new QueryRequest
            {
                TableName = fixture.Table,
                KeyConditionExpression = "PK = :pk",
                ExpressionAttributeValues = new() { [":pk"] = new AttributeValue($"USER#{victim}") },
            },
            ct));

        AssertDynamoDenied(get);
        AssertDynamoDenied(query);
        await AssertAuditedDenialAsync(attacker.Tenant, "dynamodb:Query", fixture.Table, ct);
    }

    [Fact]
    public async Task BatchGetItem_MixingOwnAndOtherTenantsKeys_AccessDeniedException()
    {
        var (attacker, victim, ct) = await ArrangeAsync();
        using var sut = fixture.Dynamo(attacker.Credentials);
        var keys = new KeysAndAttributes { Keys = [ItemKey(attacker.Tenant), ItemKey(victim)] };

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => sut.BatchGetItemAsync(
            new BatchGetItemRequest { RequestItems = new() { [fixture.Table] = keys } }, ct));

        AssertDynamoDenied(error);
    }

    [Fact]
    public async Task Scan_WholeTable_AccessDeniedException()
    {
        var (attacker, _, ct) = await ArrangeAsync();
        using var sut = fixture.Dynamo(attacker.Credentials);

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(
            () => sut.ScanAsync(new ScanRequest { TableName = fixture.Table }, ct));

        AssertDynamoDenied(error);
    }

    [Fact]
    public async Task AssumeRole_TenantSessionForgingAnotherTenantsTag_AccessDenied()
    {
        var (attacker, victim, ct) = await ArrangeAsync();
        using var sut = fixture.Sts(attacker.Credentials);

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => sut.AssumeRoleAsync(
            new AssumeRoleRequest
            {
                RoleArn = fixture.Cloud.Resources.TenantUserRoleArn,
                RoleSessionName = "forged",
                Tags = [new Amazon.SecurityToken.Model.Tag { Key = "UserID", Value = victim.Value }],
            },
            ct));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    private async Task<(Attacker Attacker, TenantId Victim, CancellationToken Ct)> ArrangeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var attacker = LocalCloudFixture.NewTenant("mallory");
        var victim = LocalCloudFixture.NewTenant("victim");
        await PlantVictimDataAsync(victim, ct);
        return (new Attacker(attacker, await fixture.TenantUserAsync(attacker, ct)), victim, ct);
    }

    // Planted straight on moto: these tests are about the door, not about the function that fills the rooms.
    private async Task PlantVictimDataAsync(TenantId victim, CancellationToken ct)
    {
        using var s3 = fixture.DirectS3();
        await s3.PutObjectAsync(
            new PutObjectRequest { BucketName = fixture.Bucket, Key = OriginalKey(victim), ContentBody = "secret" },
            ct);
        await s3.PutObjectAsync(
            new PutObjectRequest { BucketName = fixture.Bucket, Key = VariantKey(victim), ContentBody = "secret" }, ct);
        using var dynamo = fixture.DirectDynamo();
        var item = ItemKey(victim);
        item["Tenant"] = new AttributeValue(victim.Value);
        await dynamo.PutItemAsync(new PutItemRequest { TableName = fixture.Table, Item = item }, ct);
    }

    // Waiting for the record is the assertion: a denial that is never audited times the test out.
    private async Task AssertAuditedDenialAsync(
        TenantId attacker,
        string action,
        string resourcePart,
        CancellationToken ct)
    {
        await fixture.WaitForAuditAsync(
            r => r.Action == action
                 && r.Decision is "ImplicitDeny" or "ExplicitDeny"
                 && r.UserIdentity?.SessionTags.GetValueOrDefault("UserID") == attacker.Value
                 && (r.Resource ?? string.Empty).Contains(resourcePart, StringComparison.Ordinal),
            ct);
    }

    private static void AssertS3Denied(AmazonS3Exception error)
    {
        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    private static void AssertDynamoDenied(AmazonDynamoDBException error)
    {
        Assert.Equal("AccessDeniedException", error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    private static string OriginalKey(TenantId tenant) => ObjectKeyLayout.OriginalKey(tenant, "private.jpg");

    private static string VariantKey(TenantId tenant) => $"processed/{tenant}/private.jpg/thumb.jpg";

    private static Dictionary<string, AttributeValue> ItemKey(TenantId tenant) => new()
    {
        ["PK"] = new AttributeValue($"USER#{tenant}"),
        ["SK"] = new AttributeValue("IMAGE#private.jpg"),
    };

    private sealed record Attacker(TenantId Tenant, AWSCredentials Credentials);
}
