using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Cli.Demo;

/// <summary>Everything read back for one tenant.</summary>
/// <param name="Tenant">The tenant.</param>
/// <param name="Originals">Its originals with their variants and status.</param>
internal sealed record DemoTenantResult(TenantId Tenant, IReadOnlyList<DemoOriginalRow> Originals);
