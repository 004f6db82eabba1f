using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.S3;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Sessions;
using ImagePipeline.Function.Tests.Fakes;

namespace ImagePipeline.Function.Tests.Sessions;

public sealed class StsTenantClientsTests
{
    private static readonly TenantId Alice = TenantId.Parse("alice");
    private static readonly TenantId Bob = TenantId.Parse("bob");

    private readonly ManualClock _clock = new();
    private readonly List<AWSCredentials> _built = [];

    [Fact]
    public async Task ForTenantAsync_SecondCallWithinLifetime_ReusesTheSession()
    {
        var issuer = new CountingSessionIssuer(_clock, TimeSpan.FromHours(1));
        using var sut = NewSut(issuer);

        var first = await sut.ForTenantAsync(Alice, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(54));
        var second = await sut.ForTenantAsync(Alice, CancellationToken.None);

        Assert.Same(first, second);
        Assert.Single(issuer.Requests);
    }

    [Fact]
    public async Task ForTenantAsync_WithinFiveMinutesOfExpiry_IssuesANewSession()
    {
        var issuer = new CountingSessionIssuer(_clock, TimeSpan.FromHours(1));
        using var sut = NewSut(issuer);

        var first = await sut.ForTenantAsync(Alice, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(55));
        var second = await sut.ForTenantAsync(Alice, CancellationToken.None);

        Assert.NotSame(first, second);
        Assert.Equal(2, issuer.Requests.Count);
        Assert.Equal("token-alice-2", ((SessionAWSCredentials)_built[1]).GetCredentials().Token);
    }

    [Fact]
    public async Task ForTenantAsync_TwoTenants_GetSeparateSessions()
    {
        var issuer = new CountingSessionIssuer(_clock, TimeSpan.FromHours(1));
        using var sut = NewSut(issuer);

        var alice = await sut.ForTenantAsync(Alice, CancellationToken.None);
        var bob = await sut.ForTenantAsync(Bob, CancellationToken.None);

        Assert.NotSame(alice, bob);
        Assert.Equal([Alice, Bob], issuer.Requests);
    }

    [Fact]
    public async Task ForTenantAsync_ConcurrentCallersForOneTenant_ShareOneAssumeRole()
    {
        var issuer = new CountingSessionIssuer(_clock, TimeSpan.FromHours(1)) { Gate = new TaskCompletionSource() };
        using var sut = NewSut(issuer);

        var calls = Enumerable.Range(0, 8)
            .Select(_ => sut.ForTenantAsync(Alice, CancellationToken.None).AsTask())
            .ToList();
        issuer.Gate.SetResult();
        var results = await Task.WhenAll(calls);

        Assert.Single(issuer.Requests);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public async Task ForTenantAsync_IssueFails_IsNotCachedAndTheNextCallRetries()
    {
        var issuer = new CountingSessionIssuer(_clock, TimeSpan.FromHours(1))
        {
            FailNext = new AmazonServiceException("STS unavailable"),
        };
        using var sut = NewSut(issuer);

        await Assert.ThrowsAsync<AmazonServiceException>(
            () => sut.ForTenantAsync(Alice, CancellationToken.None).AsTask());
        var clients = await sut.ForTenantAsync(Alice, CancellationToken.None);

        Assert.NotNull(clients);
        Assert.Equal(2, issuer.Requests.Count);
    }

    [Theory]
    [InlineData("alice", "tenant-alice")]
    [InlineData("a", "tenant-a")]
    public void SessionName_Tenant_IsDerivedFromTheTenant(string tenant, string expected)
    {
        Assert.Equal(expected, StsTenantSessionIssuer.SessionName(TenantId.Parse(tenant)));
    }

    [Fact]
    public void SessionName_LongestTenant_StaysWithinTheStsLimit()
    {
        var tenant = TenantId.Parse(new string('a', TenantId.MaxLength));

        var sut = StsTenantSessionIssuer.SessionName(tenant);

        Assert.True(sut.Length <= 64);
        Assert.Equal(tenant.Value, sut);
    }

    private StsTenantClients NewSut(ITenantSessionIssuer issuer) => new(issuer, BuildClients, _clock);

    private TenantClients BuildClients(AWSCredentials credentials)
    {
        lock (_built)
        {
            _built.Add(credentials);
        }

        var s3 = new AmazonS3Client(credentials, new AmazonS3Config { ServiceURL = "http://127.0.0.1:9" });
        var dynamoConfig = new AmazonDynamoDBConfig { ServiceURL = "http://127.0.0.1:9" };
        var dynamo = new AmazonDynamoDBClient(credentials, dynamoConfig);
        return new TenantClients(s3, dynamo);
    }
}
