using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Function.Sessions;

/// <summary>Issues a fresh processor session for one tenant.</summary>
public interface ITenantSessionIssuer
{
    /// <summary>Issues a session tagged with the tenant.</summary>
    Task<TenantSession> IssueAsync(TenantId tenant, CancellationToken cancellationToken);
}
