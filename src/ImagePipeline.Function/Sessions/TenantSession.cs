using Amazon.Runtime;

namespace ImagePipeline.Function.Sessions;

/// <summary>Temporary credentials of one tenant's processor session.</summary>
/// <param name="Credentials">The session credentials.</param>
/// <param name="Expiration">When the credentials expire.</param>
public sealed record TenantSession(AWSCredentials Credentials, DateTimeOffset Expiration);
