using ImagePipeline.IntegrationTests.Infrastructure;
using ImagePipeline.LocalCloud.Emulator;

[assembly: AssemblyFixture(typeof(MotoFixture))]

namespace ImagePipeline.IntegrationTests.Infrastructure;

/// <summary>One moto server for the whole test run; tests isolate themselves with unique names.</summary>
/// <remarks>
/// When moto can neither be found nor installed (no Python 3, no package index), the tests that need it are
/// skipped with the locator's own explanation instead of failing one by one with the same setup error.
/// </remarks>
public sealed class MotoFixture : IAsyncLifetime
{
    private MotoServer? _server;
    private string? _unavailableReason;

    /// <summary>The emulator's endpoint; skips the calling test when the emulator could not start.</summary>
    public Uri Endpoint
    {
        get
        {
            EnsureAvailable();
            return _server!.Endpoint;
        }
    }

    /// <summary>Skips the calling test, naming the reason, when the emulator could not start.</summary>
    public void EnsureAvailable()
    {
        if (_server is null)
        {
            Assert.Skip($"moto server is unavailable, so this end-to-end test cannot run: {_unavailableReason}");
        }
    }

    public async ValueTask InitializeAsync()
    {
        try
        {
            _server = await MotoServer.StartAsync();
        }
        catch (EmulatorSetupException ex)
        {
            _unavailableReason = ex.Message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
