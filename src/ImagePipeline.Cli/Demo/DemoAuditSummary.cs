using ImagePipeline.LocalCloud.Audit;

namespace ImagePipeline.Cli.Demo;

/// <summary>How many requests the gateway allowed and refused during the demo, from its audit trail.</summary>
/// <param name="Allowed">Requests allowed.</param>
/// <param name="Denied">Requests refused by an explicit or implicit deny.</param>
/// <param name="Other">Requests refused before a decision, such as a bad signature.</param>
internal sealed record DemoAuditSummary(int Allowed, int Denied, int Other)
{
    /// <summary>Counts the decisions of an audit file.</summary>
    public static DemoAuditSummary Read(string auditPath)
    {
        var records = FileAuditSink.ReadAll(auditPath).ToList();
        var allowed = records.Count(r => r.Decision == "Allowed");
        var denied = records.Count(r => r.Decision is "ExplicitDeny" or "ImplicitDeny" && r.UserIdentity is not null);
        return new DemoAuditSummary(allowed, denied, records.Count - allowed - denied);
    }
}
