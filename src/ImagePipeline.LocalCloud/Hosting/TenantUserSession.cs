using Amazon.Runtime;

namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>Temporary credentials of a tenant user session, as the broker hands them to an end user.</summary>
/// <param name="Tenant">The tenant the session is tagged with (<c>UserID</c>).</param>
/// <param name="AccessKeyId">The access key id.</param>
/// <param name="SecretAccessKey">The secret access key.</param>
/// <param name="SessionToken">The session token.</param>
/// <param name="Expiration">When the session expires.</param>
public sealed record TenantUserSession(
    string Tenant,
    string AccessKeyId,
    string SecretAccessKey,
    string SessionToken,
    DateTimeOffset Expiration)
{
    /// <summary>The credentials for an AWS SDK client.</summary>
    public AWSCredentials ToAwsCredentials() => new SessionAWSCredentials(AccessKeyId, SecretAccessKey, SessionToken);
}
