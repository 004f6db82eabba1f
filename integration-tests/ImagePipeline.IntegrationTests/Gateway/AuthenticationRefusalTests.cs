using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using ImagePipeline.LocalCloud.Gateway;

namespace ImagePipeline.IntegrationTests.Gateway;

[Collection(GatewaySuite.Name)]
public sealed class AuthenticationRefusalTests(GatewayFixture fixture)
{
    private static Dictionary<string, AttributeValue> AliceKey() =>
        new() { ["PK"] = new("USER#alice"), ["SK"] = new("x") };

    [Fact]
    public async Task S3_WrongSecret_SignatureDoesNotMatch()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        var good = await fixture.TenantUserAsync("alice", ct);
        var immutable = await good.GetCredentialsAsync();
        using var sut = fixture.S3(new SessionAWSCredentials(immutable.AccessKey, "not-the-secret", immutable.Token));

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(
            () => sut.GetObjectAsync(bucket, "originals/alice/a.jpg", ct));

        Assert.Equal("SignatureDoesNotMatch", error.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public async Task DynamoDb_WrongSecret_InvalidSignatureException()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, table) = await fixture.ProvisionAsync(ct);
        var immutable = await (await fixture.TenantUserAsync("alice", ct)).GetCredentialsAsync();
        using var sut = fixture.Dynamo(new SessionAWSCredentials(immutable.AccessKey, "wrong", immutable.Token));

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => sut.GetItemAsync(
            new GetItemRequest { TableName = table, Key = AliceKey() }, ct));

        Assert.Equal("InvalidSignatureException", error.ErrorCode);
    }

    [Fact]
    public async Task S3_UnknownAccessKey_InvalidAccessKeyId_AndDynamoDbUnrecognizedClient()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, table) = await fixture.ProvisionAsync(ct);
        var stranger = new BasicAWSCredentials("AKIAUNKNOWNKEY000000", "secret");
        using var s3 = fixture.S3(stranger);
        using var dynamo = fixture.Dynamo(stranger);

        var s3Error = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.ListObjectsV2Async(
            new ListObjectsV2Request { BucketName = bucket, Prefix = "originals/alice/" }, ct));
        var dynamoError = await Assert.ThrowsAsync<AmazonDynamoDBException>(
            () => dynamo.ScanAsync(new ScanRequest { TableName = table }, ct));

        Assert.Equal("InvalidAccessKeyId", s3Error.ErrorCode);
        Assert.Equal("UnrecognizedClientException", dynamoError.ErrorCode);
    }

    [Fact]
    public async Task ExpiredSession_ExpiredToken_InEachServicesFormat()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, table) = await fixture.ProvisionAsync(ct);
        var session = fixture.Gateway.Sessions.IssueRoleSession(
            new LocalCloud.Iam.RoleSessionRequest(
                TenantPolicies.UserRoleArn, "expiring", new Dictionary<string, string> { ["UserID"] = "alice" }));
        fixture.Gateway.Registry.AddCredential(session with { Expiration = DateTimeOffset.UtcNow.AddSeconds(-1) });
        var credentials = new SessionAWSCredentials(session.AccessKeyId, session.SecretAccessKey, session.SessionToken);
        using var s3 = fixture.S3(credentials);
        using var dynamo = fixture.Dynamo(credentials);

        var s3Error = await Assert.ThrowsAsync<AmazonS3Exception>(
            () => s3.GetObjectAsync(bucket, "originals/alice/a.jpg", ct));
        var dynamoError = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => dynamo.GetItemAsync(
            new GetItemRequest { TableName = table, Key = AliceKey() }, ct));

        Assert.Equal("ExpiredToken", s3Error.ErrorCode);
        Assert.Equal("ExpiredTokenException", dynamoError.ErrorCode);
    }

    [Fact]
    public async Task ReplayedRequest_PastTheSkewWindow_RequestTimeTooSkewed()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        var recorder = new RecordingHttpClientFactory();
        var config = new AmazonS3Config
        {
            ServiceURL = fixture.Gateway.Endpoint.ToString(), ForcePathStyle = true, HttpClientFactory = recorder,
        };
        using (var s3 = new AmazonS3Client(await fixture.TenantUserAsync("alice", ct), config))
        {
            await s3.PutObjectAsync(
                new PutObjectRequest { BucketName = bucket, Key = "originals/alice/r.jpg", ContentBody = "once" }, ct);
        }

        await using var future = await LocalGateway.StartAsync(new LocalGatewayOptions
        {
            BackendEndpoint = fixture.BackendEndpoint,
            Registry = fixture.Gateway.Registry,
            Clock = new ShiftedClock(TimeSpan.FromMinutes(16)),
        }, ct);
        var (method, uri, headers, body) = recorder.Sent.Single();
        using var replay = new HttpRequestMessage(method, new Uri(future.Endpoint, uri.PathAndQuery))
        {
            Content = new ByteArrayContent(body),
        };
        foreach (var (name, value) in headers.Where(h => h.Key != "Host"))
        {
            if (!replay.Headers.TryAddWithoutValidation(name, value))
            {
                replay.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        replay.Headers.Host = uri.Authority;
        using var http = new HttpClient();
        using var response = await http.SendAsync(replay, ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("<Code>RequestTimeTooSkewed</Code>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TamperedChunk_InASignedUpload_SignatureDoesNotMatch_AndNothingIsStored()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        var recorder = new RecordingHttpClientFactory(async request =>
        {
            var bytes = await request.Content!.ReadAsByteArrayAsync();
            var at = Array.IndexOf(bytes, (byte)'A');
            bytes[at] = (byte)'B';
            var tampered = new ByteArrayContent(bytes);
            foreach (var header in request.Content.Headers)
            {
                tampered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            request.Content = tampered;
        });
        var config = new AmazonS3Config
        {
            ServiceURL = fixture.Gateway.Endpoint.ToString(), ForcePathStyle = true, HttpClientFactory = recorder,
        };
        using var sut = new AmazonS3Client(await fixture.TenantUserAsync("alice", ct), config);

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => sut.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = bucket, Key = "originals/alice/t.jpg", ContentBody = new string('A', 5000),
            },
            ct));

        Assert.Equal("SignatureDoesNotMatch", error.ErrorCode);
        Assert.Contains("aws-chunked", recorder.Sent[0].Headers.Single(h => h.Key == "Content-Encoding").Value,
            StringComparison.Ordinal);
        using var direct = new AmazonS3Client(new BasicAWSCredentials("test", "test"), fixture.DirectS3Config());
        var listed = await direct.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket }, ct);
        Assert.Empty(listed.S3Objects ?? []);
    }

    [Fact]
    public async Task AnonymousAndUnclassifiableRequests_RefusedNotForwarded()
    {
        var ct = TestContext.Current.CancellationToken;
        var (bucket, _) = await fixture.ProvisionAsync(ct);
        using var http = new HttpClient();
        using var s3 = fixture.S3(await fixture.TenantUserAsync("alice", ct));

        using var anonymous = await http.GetAsync(new Uri(fixture.Gateway.Endpoint, $"/{bucket}?list-type=2"), ct);
        var unsupported = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.GetObjectTorrentAsync(
            new GetObjectTorrentRequest { BucketName = bucket, Key = "originals/alice/a.jpg" }, ct));

        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        var text = await anonymous.Content.ReadAsStringAsync(ct);
        Assert.Contains("<Code>AccessDenied</Code>", text, StringComparison.Ordinal);
        Assert.Equal("AccessDenied", unsupported.ErrorCode);
        Assert.Contains("cannot classify", unsupported.Message, StringComparison.Ordinal);
    }
}
