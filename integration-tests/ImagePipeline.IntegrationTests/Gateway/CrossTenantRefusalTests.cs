using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using ImagePipeline.LocalCloud.Audit;

namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class CrossTenantRefusalTests(GatewayFixture fixture)
{
    private static Dictionary<string, AttributeValue> Key(string tenant, string image) =>
        new() { ["PK"] = new($"USER#{tenant}"), ["SK"] = new($"IMAGE#{image}") };

    [Fact]
    public async Task GetObject_OtherTenantsOriginal_RefusedWithAccessDeniedNamingPrincipalActionResource()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        await SeedObjectAsync(bucket, "originals/bob/secret.jpg", ct);
        using var sut = fixture.S3(await fixture.TenantUserAsync("alice", ct));

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(
            () => sut.GetObjectAsync(bucket, "originals/bob/secret.jpg", ct));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Contains("assumed-role/tenant-user/user-alice", error.Message, StringComparison.Ordinal);
        Assert.Contains("s3:GetObject", error.Message, StringComparison.Ordinal);
        Assert.Contains($"arn:aws:s3:::{bucket}/originals/bob/secret.jpg", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutObject_IntoOtherTenantsPrefix_RefusedAndNothingReachesTheBackend()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        using var sut = fixture.S3(await fixture.TenantUserAsync("alice", ct));

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => sut.PutObjectAsync(
            new PutObjectRequest { BucketName = bucket, Key = "originals/bob/planted.jpg", ContentBody = "x" }, ct));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.False(await BackendHasAsync(bucket, "originals/bob/planted.jpg", ct));
    }

    [Theory]
    [InlineData("originals/bob/")]
    [InlineData("originals/")]
    [InlineData("processed/alice2/")]
    [InlineData(null)]
    public async Task ListObjects_OutsideOwnFolders_RefusedWithAccessDenied(string? prefix)
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        using var sut = fixture.S3(await fixture.TenantUserAsync("alice", ct));

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(
            () => sut.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = prefix }, ct));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Contains("s3:ListBucket", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetItem_OtherTenantsItem_RefusedWithAccessDeniedException()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, table) = await fixture.ProvisionAsync(ct);
        using var sut = fixture.Dynamo(await fixture.TenantUserAsync("alice", ct));

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(
            () => sut.GetItemAsync(new GetItemRequest { TableName = table, Key = Key("bob", "cat") }, ct));

        Assert.Equal("AccessDeniedException", error.ErrorCode);
        Assert.Contains("dynamodb:GetItem", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_OtherTenantsPartition_RefusedWithAccessDeniedException()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, table) = await fixture.ProvisionAsync(ct);
        using var sut = fixture.Dynamo(await fixture.TenantUserAsync("alice", ct));

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => sut.QueryAsync(
            new QueryRequest
            {
                TableName = table,
                KeyConditionExpression = "#p = :pk",
                ExpressionAttributeNames = new() { ["#p"] = "PK" },
                ExpressionAttributeValues = new() { [":pk"] = new("USER#bob") },
            },
            ct));

        Assert.Equal("AccessDeniedException", error.ErrorCode);
    }

    [Fact]
    public async Task BatchGetItem_MixingOwnAndOtherKeys_RefusedWhole()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, table) = await fixture.ProvisionAsync(ct);
        using var sut = fixture.Dynamo(await fixture.TenantUserAsync("alice", ct));

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => sut.BatchGetItemAsync(
            new BatchGetItemRequest
            {
                RequestItems = new()
                {
                    [table] = new KeysAndAttributes { Keys = [Key("alice", "a"), Key("bob", "b")] },
                },
            },
            ct));

        Assert.Equal("AccessDeniedException", error.ErrorCode);
        Assert.Contains("dynamodb:BatchGetItem", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_WholeTable_RefusedWithAccessDeniedException()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, table) = await fixture.ProvisionAsync(ct);
        using var sut = fixture.Dynamo(await fixture.TenantUserAsync("alice", ct));

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(
            () => sut.ScanAsync(new ScanRequest { TableName = table }, ct));

        Assert.Equal("AccessDeniedException", error.ErrorCode);
    }

    [Fact]
    public async Task AssumeRole_TenantForgingAnotherTenantsTag_RefusedByTheTrustPolicy()
    {
        var ct = TestContext.Current.CancellationToken;
        await fixture.ProvisionAsync(ct);
        using var sut = fixture.StsClient(await fixture.TenantUserAsync("alice", ct));

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => sut.AssumeRoleAsync(
            new AssumeRoleRequest
            {
                RoleArn = TenantPolicies.UserRoleArn,
                RoleSessionName = "forged",
                Tags = [new Amazon.SecurityToken.Model.Tag { Key = "UserID", Value = "bob" }],
            },
            ct));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Contains("sts:AssumeRole", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssumeRole_BrokerAddingAnExtraTag_RefusedForTagSession()
    {
        var ct = TestContext.Current.CancellationToken;
        await fixture.ProvisionAsync(ct);

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(
            () => fixture.BrokerAssumesUserRoleAsync(
                "extra-tag", [new() { Key = "UserID", Value = "alice" }, new() { Key = "Admin", Value = "true" }], ct));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Contains("sts:TagSession", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PresignedUrl_ForOtherTenantsKey_RefusedWhileOwnKeyWorks()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        await SeedObjectAsync(bucket, "originals/bob/secret.jpg", ct);
        await SeedObjectAsync(bucket, "originals/alice/mine.jpg", ct);
        using var s3 = fixture.S3(await fixture.TenantUserAsync("alice", ct));
        using var http = new HttpClient();

        var own = await http.GetAsync(await PresignAsync(s3, bucket, "originals/alice/mine.jpg"), ct);
        var other = await http.GetAsync(await PresignAsync(s3, bucket, "originals/bob/secret.jpg"), ct);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        var text = await other.Content.ReadAsStringAsync(ct);
        Assert.Contains("<Code>AccessDenied</Code>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditTrail_RecordsTheRefusalWithPrincipalTagsAndDecision()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        using var sut = fixture.S3(await fixture.TenantUserAsync("alice", ct));
        var key = $"originals/bob/{Guid.NewGuid():N}.jpg";

        await Assert.ThrowsAsync<AmazonS3Exception>(() => sut.GetObjectAsync(bucket, key, ct));

        var record = FileAuditSink.ReadAll(fixture.AuditPath).Last(r => r.Resource == $"arn:aws:s3:::{bucket}/{key}");
        Assert.Equal("ImplicitDeny", record.Decision);
        Assert.Equal("s3:GetObject", record.Action);
        Assert.Equal("alice", record.UserIdentity!.SessionTags["UserID"]);
        Assert.Equal(403, record.HttpStatus);
        Assert.Equal("AccessDenied", record.ErrorCode);
        Assert.False(string.IsNullOrEmpty(record.TraceId));
    }

    private static Task<string> PresignAsync(AmazonS3Client s3, string bucket, string key) =>
        s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
        {
            BucketName = bucket,
            Key = key,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Protocol = Protocol.HTTP,
        });

    private async Task SeedObjectAsync(string bucket, string key, CancellationToken ct)
    {
        using var direct = new AmazonS3Client(
            new Amazon.Runtime.BasicAWSCredentials("test", "test"), fixture.DirectS3Config());
        await direct.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = "seed" }, ct);
    }

    private async Task<bool> BackendHasAsync(string bucket, string key, CancellationToken ct)
    {
        using var direct = new AmazonS3Client(
            new Amazon.Runtime.BasicAWSCredentials("test", "test"), fixture.DirectS3Config());
        var listed = await direct.ListObjectsV2Async(
            new ListObjectsV2Request { BucketName = bucket, Prefix = key }, ct);
        return listed.S3Objects?.Any(o => o.Key == key) == true;
    }
}
