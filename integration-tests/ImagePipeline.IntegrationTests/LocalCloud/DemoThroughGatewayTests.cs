using ImagePipeline.Cli.Commands;
using ImagePipeline.IntegrationTests.Infrastructure;

namespace ImagePipeline.IntegrationTests.EndToEnd;

/// <summary><c>imagepipeline demo</c> on the local cloud: notifications, isolation check and audit counts.</summary>
public sealed class DemoThroughGatewayTests
{
    [Fact]
    public async Task Demo_TwoTenants_FunctionRunsByNotificationAndCrossTenantReadIsRefused()
    {
        var (exitCode, text) = await CommandRun.RunAsync(
            DemoCommand.Create,
            "--tenants",
            "carol,dave",
            "--engine",
            "imagesharp",
            "--template",
            TemplateFile.Path);

        Assert.True(exitCode == 0, text);
        Assert.Contains("8 of 8 items written by 8 notification-triggered", text, StringComparison.Ordinal);
        Assert.Contains("processed/dave/photo.jpg/thumb.jpg", text, StringComparison.Ordinal);
        Assert.Contains("carol's session asked for processed/dave/", text, StringComparison.Ordinal);
        Assert.Contains("403 AccessDenied", text, StringComparison.Ordinal);
        Assert.Matches(@"Audit trail: [1-9]\d* request\(s\) allowed, 1 refused by IAM", text);
    }
}
