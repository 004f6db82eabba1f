using ImagePipeline.IntegrationTests.Infrastructure;
using ImagePipeline.LocalCloud.Emulator;

[assembly: AssemblyFixture(typeof(MotoFixture))]

namespace ImagePipeline.IntegrationTests.Infrastructure;

/// <summary>One moto server for the whole test run; tests isolate themselves with unique names.</summary>
public sealed class MotoFixture : IAsyncLifetime
{
    private MotoServer? _server;

    public Uri Endpoint => _server?.Endpoint ?? throw new InvalidOperationException("moto server has not started.");

    public async ValueTask InitializeAsync() => _server = await MotoServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
