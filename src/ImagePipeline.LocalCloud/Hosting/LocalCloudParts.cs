using ImagePipeline.Function.Sessions;
using ImagePipeline.LocalCloud.Audit;
using ImagePipeline.LocalCloud.Emulator;
using ImagePipeline.LocalCloud.Gateway;
using ImagePipeline.LocalCloud.Notifications;
using ImagePipeline.LocalCloud.Provisioning;

namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>The running parts of a local cloud, filled in as they start, so a failed start stops what began.</summary>
internal sealed class LocalCloudParts
{
    public string? DataDirectory { get; set; }

    public MotoServer? Moto { get; set; }

    public FileAuditSink? Audit { get; set; }

    public DeadLetterFile? DeadLetters { get; set; }

    public NotificationDispatcher? Dispatcher { get; set; }

    public LocalGateway? Gateway { get; set; }

    public ProvisionedResources? Resources { get; set; }

    public ITenantClients? TenantClients { get; set; }

    public FunctionHost? FunctionHost { get; set; }

    /// <summary>Stops every started part in reverse order: queued events drain while the gateway runs.</summary>
    public async Task StopAsync(TimeSpan drainGrace)
    {
        Dispatcher?.Complete();
        if (FunctionHost is not null)
        {
            await FunctionHost.StopAsync(drainGrace);
            await FunctionHost.DisposeAsync();
        }

        (TenantClients as IDisposable)?.Dispose();
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }

        if (Moto is not null)
        {
            await Moto.DisposeAsync();
        }

        Audit?.Dispose();
        DeadLetters?.Dispose();
    }
}
