using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Events;

namespace ImagePipeline.Cli.Demo;

/// <summary>A sample that was uploaded, with what S3 said about it.</summary>
/// <param name="Tenant">The owning tenant.</param>
/// <param name="Sample">The sample.</param>
/// <param name="Upload">The upload as an event source describes it.</param>
internal sealed record DemoUpload(TenantId Tenant, DemoSample Sample, S3Upload Upload);
