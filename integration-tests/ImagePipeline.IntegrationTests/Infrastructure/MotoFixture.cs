using ImagePipeline.IntegrationTests.Infrastructure;
using ImagePipeline.LocalCloud.Emulator;

[assembly: AssemblyFixture(typeof(MotoFixture))]

namespace ImagePipeline.IntegrationTests.Infrastructure;

/// <summary>One moto server for the whole test run; tests isolate themselves with unique names.</summary>
/// <remarks>
/// moto is a required part of the local backend, found or installed by the harness itself, so a machine where
/// it can neither be found nor installed fails these tests with the locator's own explanation: a green run
/// must mean the end-to-end suite ran. Only suites that need a Docker engine may skip.
/// </remarks>
public sealed class MotoFixture : IAsyncLifetime
{
    private MotoServer? _server;
    private string? _unavailableReason;

    /// <summary>The emulator's endpoint; fails the calling test when the emulator could not start.</summary>
    public Uri Endpoint
    {
        get
        {
            EnsureAvailable();
            return _server!.Endpoint;
        }
    }

    /// <summary>Fails the calling test, naming the reason, when the emulator could not start.</summary>
    public void EnsureAvailable()
    {
        if (_server is null)
        {
            Assert.Fail($"moto server could not be started, so this end-to-end test cannot run: {_unavailableReason}");
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
