using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Function.Sessions;

/// <summary>Hands out the clients that act for one tenant.</summary>
/// <remarks>
/// The tenant always comes from the validated object key. With tenant sessions, the clients carry a session
/// tagged <c>UserID={tenant}</c>, so IAM confines them to that tenant's prefix and partition.
/// </remarks>
public interface ITenantClients
{
    /// <summary>Returns the clients for the tenant, creating or refreshing its session when needed.</summary>
    ValueTask<TenantClients> ForTenantAsync(TenantId tenant, CancellationToken cancellationToken);
}
