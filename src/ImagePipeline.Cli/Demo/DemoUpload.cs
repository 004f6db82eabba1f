using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Cli.Demo;

/// <summary>A sample that was uploaded through the gateway.</summary>
/// <param name="Tenant">The owning tenant.</param>
/// <param name="Sample">The sample.</param>
/// <param name="Key">The original's object key.</param>
internal sealed record DemoUpload(TenantId Tenant, DemoSample Sample, string Key);
