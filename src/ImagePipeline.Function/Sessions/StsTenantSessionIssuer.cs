using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Function.Sessions;

/// <summary>Issues tenant sessions with STS <c>AssumeRole</c> on the processor role, tagged <c>UserID</c>.</summary>
public sealed class StsTenantSessionIssuer : ITenantSessionIssuer
{
    /// <summary>The session tag the processor role's policies key on.</summary>
    public const string TenantTagKey = "UserID";

    /// <summary>How long a session lasts, in seconds.</summary>
    public const int DurationSeconds = 3600;

    private const int MaxSessionNameLength = 64;

    private readonly IAmazonSecurityTokenService _sts;
    private readonly string _roleArn;

    /// <summary>Creates an issuer that assumes <paramref name="roleArn"/> with the function's STS client.</summary>
    public StsTenantSessionIssuer(IAmazonSecurityTokenService sts, string roleArn)
    {
        _sts = sts;
        _roleArn = roleArn;
    }

    /// <summary>The session name of a tenant, so audit trails show whose images a session handled.</summary>
    public static string SessionName(TenantId tenant)
    {
        var name = "tenant-" + tenant.Value;
        return name.Length <= MaxSessionNameLength ? name : tenant.Value;
    }

    /// <inheritdoc />
    public async Task<TenantSession> IssueAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var request = new AssumeRoleRequest
        {
            RoleArn = _roleArn,
            RoleSessionName = SessionName(tenant),
            DurationSeconds = DurationSeconds,
            Tags = [new Tag { Key = TenantTagKey, Value = tenant.Value }],
        };

        var response = await _sts.AssumeRoleAsync(request, cancellationToken);
        var issued = response.Credentials ?? throw new InvalidOperationException(
            $"STS returned no credentials for role '{_roleArn}' and tenant '{tenant}'.");
        var expiration = issued.Expiration is { } expires
            ? new DateTimeOffset(AsUtc(expires))
            : throw new InvalidOperationException($"STS returned credentials without an expiry for tenant '{tenant}'.");
        return new TenantSession(
            new SessionAWSCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken),
            expiration);
    }

    // The SDK parses the ISO-8601 expiry as UTC; an unspecified kind is treated the same way, never as local.
    private static DateTime AsUtc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
