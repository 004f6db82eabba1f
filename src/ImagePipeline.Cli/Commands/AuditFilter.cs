using ImagePipeline.LocalCloud.Audit;

namespace ImagePipeline.Cli.Commands;

/// <summary>Which audit records <c>imagepipeline audit</c> shows.</summary>
internal static class AuditFilter
{
    /// <summary>The session tag that carries the tenant.</summary>
    public const string TenantTag = "UserID";

    /// <summary>Whether a record matches the tenant and decision filters; a null filter matches everything.</summary>
    public static bool Matches(AuditRecord record, string? tenant, string? decision)
    {
        if (decision is not null && record.Decision != decision)
        {
            return false;
        }

        return tenant is null || TenantOf(record) == tenant
               || record.Resource?.Contains($"/{tenant}/", StringComparison.Ordinal) == true;
    }

    /// <summary>The tenant of the session that made the request, or null.</summary>
    public static string? TenantOf(AuditRecord record) =>
        record.UserIdentity?.SessionTags.TryGetValue(TenantTag, out var value) == true ? value : null;
}
