namespace ImagePipeline.Function.Sessions;

/// <summary>Clients built on one session, with its expiry; replaced whole so readers never see a mix.</summary>
internal sealed record CachedTenantClients(TenantClients Clients, DateTimeOffset Expiration);
