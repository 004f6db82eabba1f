using Amazon.Runtime;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Sessions;

namespace ImagePipeline.Function.Tests.Fakes;

/// <summary>Tenant clients whose backend is down: every request for clients fails like an unreachable STS.</summary>
internal sealed class UnavailableTenantClients : ITenantClients
{
    public List<TenantId> Requests { get; } = [];

    public ValueTask<TenantClients> ForTenantAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        Requests.Add(tenant);
        throw new AmazonServiceException("Service unavailable (simulated)");
    }
}
