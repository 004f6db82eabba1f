using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.IntegrationTests.EndToEnd;

/// <summary>Tampered signatures and expired sessions are refused at the door, even for the tenant's own data.</summary>
[Collection(LocalCloudSuite.Name)]
public sealed class SignatureTests(LocalCloudFixture fixture)
{
    [Fact]
    public async Task PresignedUrl_SignatureTampered_SignatureDoesNotMatch()
    {
        var ct = TestContext.Current.CancellationToken;
        var tenant = LocalCloudFixture.NewTenant("signer");
        using var s3 = fixture.S3(await fixture.TenantUserAsync(tenant, ct));
        var key = ObjectKeyLayout.OriginalKey(tenant, "own.txt");
        await s3.PutObjectAsync(
            new PutObjectRequest { BucketName = fixture.Bucket, Key = key, ContentBody = "own" },
            ct);
        var url = await s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
        {
            BucketName = fixture.Bucket,
            Key = key,
            Verb = HttpVerb.GET,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Protocol = Protocol.HTTP,
        });
        var tampered = Tamper(url);
        using var http = new HttpClient();

        using var genuine = await http.GetAsync(new Uri(url), ct);
        using var refused = await http.GetAsync(new Uri(tampered), ct);
        var body = await refused.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("<Code>SignatureDoesNotMatch</Code>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetObject_SessionExpired_ExpiredToken()
    {
        var ct = TestContext.Current.CancellationToken;
        var tenant = LocalCloudFixture.NewTenant("expired");
        var session = await fixture.Cloud.TenantUserSessionAsync(tenant, ct);
        var registry = fixture.Cloud.Gateway.Registry;
        var issued = registry.FindCredential(session.AccessKeyId)!;
        registry.AddCredential(issued with { Expiration = DateTimeOffset.UtcNow.AddMinutes(-1) });
        using var sut = fixture.S3(session.ToAwsCredentials());

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(
            () => sut.GetObjectAsync(fixture.Bucket, ObjectKeyLayout.OriginalKey(tenant, "any.jpg"), ct));

        Assert.Equal("ExpiredToken", error.ErrorCode);
    }

    // Flips the last hex digit of the signature, keeping it well-formed so only the comparison can fail.
    private static string Tamper(string url)
    {
        var at = url.IndexOf("X-Amz-Signature=", StringComparison.Ordinal) + "X-Amz-Signature=".Length + 63;
        var flipped = url[at] == '0' ? '1' : '0';
        return url[..at] + flipped + url[(at + 1)..];
    }
}
