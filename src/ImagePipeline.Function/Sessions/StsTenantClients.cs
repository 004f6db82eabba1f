using System.Collections.Concurrent;
using Amazon.Runtime;
using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Function.Sessions;

/// <summary>Clients acting through a per-tenant STS session, cached until shortly before it expires.</summary>
/// <remarks>
/// One session is issued per tenant at a time: concurrent callers for the same tenant wait for the one
/// <c>AssumeRole</c> in flight, while other tenants proceed. Replaced clients are left to the garbage
/// collector rather than disposed, because a caller may still be using them.
/// </remarks>
public sealed class StsTenantClients : ITenantClients, IDisposable
{
    /// <summary>How long before expiry a cached session is replaced by default.</summary>
    public static readonly TimeSpan DefaultRefreshMargin = TimeSpan.FromMinutes(5);

    private readonly ITenantSessionIssuer _issuer;
    private readonly Func<AWSCredentials, TenantClients> _createClients;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refreshMargin;
    private readonly ConcurrentDictionary<TenantId, TenantSessionSlot> _slots = new();

    /// <summary>Creates the cache.</summary>
    /// <param name="issuer">Issues a tenant's session.</param>
    /// <param name="createClients">Builds the clients that use a session's credentials.</param>
    /// <param name="time">The clock; the system clock when null.</param>
    /// <param name="refreshMargin">How long before expiry to replace a session; five minutes when null.</param>
    public StsTenantClients(
        ITenantSessionIssuer issuer,
        Func<AWSCredentials, TenantClients> createClients,
        TimeProvider? time = null,
        TimeSpan? refreshMargin = null)
    {
        _issuer = issuer;
        _createClients = createClients;
        _time = time ?? TimeProvider.System;
        _refreshMargin = refreshMargin ?? DefaultRefreshMargin;
    }

    /// <inheritdoc />
    public async ValueTask<TenantClients> ForTenantAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(tenant, static _ => new TenantSessionSlot());
        if (Fresh(slot) is { } cached)
        {
            return cached;
        }

        await slot.Gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed the session while this one waited.
            if (Fresh(slot) is { } refreshed)
            {
                return refreshed;
            }

            var session = await _issuer.IssueAsync(tenant, cancellationToken);
            var clients = _createClients(session.Credentials);
            slot.Current = new CachedTenantClients(clients, session.Expiration);
            return clients;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <summary>Releases the gates of every tenant.</summary>
    public void Dispose()
    {
        foreach (var slot in _slots.Values)
        {
            slot.Dispose();
        }
    }

    private TenantClients? Fresh(TenantSessionSlot slot)
    {
        var current = slot.Current;
        return current is not null && _time.GetUtcNow() < current.Expiration - _refreshMargin ? current.Clients : null;
    }
}
