using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Cli.Demo;

/// <summary>What the demo runs with: the tenants, the engine, and whether the function's logs are shown.</summary>
/// <param name="Tenants">The tenants whose samples are uploaded.</param>
/// <param name="Engine">The image engine the function uses.</param>
/// <param name="ShowFunctionLogs">Whether the function's JSON log lines go to standard error.</param>
internal sealed record DemoSettings(IReadOnlyList<TenantId> Tenants, IImageEngine Engine, bool ShowFunctionLogs);
