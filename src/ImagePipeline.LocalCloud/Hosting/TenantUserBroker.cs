using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>Plays the sign-in broker: assumes the tenant user role via STS, tagged <c>UserID</c>.</summary>
public static class TenantUserBroker
{
    /// <summary>The session tag the tenant policies key on.</summary>
    public const string TenantTagKey = "UserID";

    /// <summary>Issues a tenant user session with the broker's credentials, through the gateway's STS.</summary>
    /// <param name="endpoint">The gateway's endpoint.</param>
    /// <param name="region">The region the local cloud plays.</param>
    /// <param name="broker">The broker's credentials.</param>
    /// <param name="userRoleArn">The tenant user role.</param>
    /// <param name="tenant">The tenant, already validated.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="AmazonSecurityTokenServiceException">STS refused the request.</exception>
    public static async Task<TenantUserSession> AssumeAsync(
        Uri endpoint,
        string region,
        AWSCredentials broker,
        string userRoleArn,
        TenantId tenant,
        CancellationToken cancellationToken)
    {
        var config = new AmazonSecurityTokenServiceConfig
        {
            ServiceURL = endpoint.ToString(),
            AuthenticationRegion = region,
        };
        using var sts = new AmazonSecurityTokenServiceClient(broker, config);
        var response = await sts.AssumeRoleAsync(
            new AssumeRoleRequest
            {
                RoleArn = userRoleArn,
                RoleSessionName = "user-" + tenant.Value[..Math.Min(tenant.Value.Length, 59)],
                Tags = [new Tag { Key = TenantTagKey, Value = tenant.Value }],
            },
            cancellationToken);
        var issued = response.Credentials;
        var expiry = issued.Expiration is { } expires
            ? new DateTimeOffset(AsUtc(expires))
            : throw new InvalidOperationException($"STS returned no expiry for tenant '{tenant}'.");
        return new TenantUserSession(
            tenant.Value, issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken, expiry);
    }

    // The SDK parses the ISO-8601 expiry as UTC; an unspecified kind is read the same way, never as local time.
    private static DateTime AsUtc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
