using ImagePipeline.Cli.Commands;
using ImagePipeline.IntegrationTests.Infrastructure;
using Spectre.Console;

namespace ImagePipeline.IntegrationTests.Pipeline;

public sealed class DemoCommandTests(MotoFixture moto)
{
    [Fact]
    public async Task Demo_TwoTenants_ExitsZeroAndPrintsBothTenantsVariantsAndStatus()
    {
        moto.EnsureAvailable();
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 240;

        var exitCode = await DemoCommand.Create(console)
            .Parse(["--tenants", "alice,bob"])
            .InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);

        var text = output.ToString();
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
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });

        var exitCode = await DemoCommand.Create(console)
            .Parse(["--tenants", "alice,Bad/Tenant"])
            .InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        Assert.Contains("Bad/Tenant", output.ToString(), StringComparison.Ordinal);
    }
}
