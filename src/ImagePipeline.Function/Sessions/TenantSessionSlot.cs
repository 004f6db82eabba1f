namespace ImagePipeline.Function.Sessions;

/// <summary>One tenant's cached clients and the gate that lets one caller at a time refresh them.</summary>
internal sealed class TenantSessionSlot : IDisposable
{
    private CachedTenantClients? _current;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public CachedTenantClients? Current
    {
        get => Volatile.Read(ref _current);
        set => Volatile.Write(ref _current, value);
    }

    public void Dispose() => Gate.Dispose();
}
