using ImagePipeline.Cli.Commands;
using ImagePipeline.IntegrationTests.Infrastructure;

namespace ImagePipeline.IntegrationTests.Pipeline;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_TwoTenants_ExitsZeroAndPrintsBothTenantsVariantsAndStatus()
    {
        var (exitCode, text) = await CommandRun.RunAsync(DemoCommand.Create, "--tenants", "alice,bob");

        Assert.True(exitCode == 0, text);
        Assert.Contains("processed/alice/photo.jpg/medium.jpg", text, StringComparison.Ordinal);
        Assert.Contains("processed/alice/logo.png/thumb.png", text, StringComparison.Ordinal);
        Assert.Contains("processed/bob/photo.jpg/thumb.jpg", text, StringComparison.Ordinal);
        Assert.Contains("processed/bob/summer trip/été.jpg/medium.jpg", text, StringComparison.Ordinal);
        Assert.Contains("Rejected", text, StringComparison.Ordinal);
        Assert.Contains("Processed", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_InvalidTenant_ExitsTwoNamingTheValue()
    {
        var (exitCode, text) = await CommandRun.RunAsync(DemoCommand.Create, "--tenants", "alice,Bad/Tenant");

        Assert.Equal(2, exitCode);
        Assert.Contains("Bad/Tenant", text, StringComparison.Ordinal);
    }
}
