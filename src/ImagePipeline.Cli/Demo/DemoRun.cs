namespace ImagePipeline.Cli.Demo;

/// <summary>What one demo run found: uploads, read-back, what is missing, isolation and audit.</summary>
/// <param name="Uploads">The originals uploaded.</param>
/// <param name="Results">Each tenant's originals, variants and status, read back as that tenant.</param>
/// <param name="Missing">Originals whose metadata item never appeared before the timeout.</param>
/// <param name="Isolation">The cross-tenant read attempt, or null with fewer than two tenants.</param>
/// <param name="Audit">The gateway's decisions during the run.</param>
internal sealed record DemoRun(
    IReadOnlyList<DemoUpload> Uploads,
    IReadOnlyList<DemoTenantResult> Results,
    IReadOnlyList<string> Missing,
    DemoIsolationCheck? Isolation,
    DemoAuditSummary Audit);
