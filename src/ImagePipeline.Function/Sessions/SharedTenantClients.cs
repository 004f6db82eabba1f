using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Function.Sessions;

/// <summary>The same clients for every tenant: for talking straight to an emulator that enforces no IAM.</summary>
public sealed class SharedTenantClients : ITenantClients
{
    private readonly TenantClients _clients;

    /// <summary>Creates the provider around the clients every tenant shares.</summary>
    public SharedTenantClients(TenantClients clients) => _clients = clients;

    /// <inheritdoc />
    public ValueTask<TenantClients> ForTenantAsync(TenantId tenant, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_clients);
}
