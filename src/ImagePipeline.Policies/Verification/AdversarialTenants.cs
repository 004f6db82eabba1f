using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Policies.Verification;

/// <summary>Pairs of tenants chosen to break careless policies: the first attacks the second.</summary>
public static class AdversarialTenants
{
    /// <summary>The attacker and victim pairs.</summary>
    /// <remarks>
    /// Prefix-sharing names catch a missing <c>/</c> after the tenant; the longest allowed id catches truncation;
    /// names equal to layout folders catch policies that confuse a tenant with a kind of object.
    /// </remarks>
    public static IReadOnlyList<(TenantId Attacker, TenantId Victim)> Pairs { get; } = Build();

    private static List<(TenantId, TenantId)> Build()
    {
        var longest = new string('a', TenantId.MaxLength);
        var names = new (string, string)[]
        {
            ("alice", "alice2"),
            ("alice2", "alice"),
            ("alice", "alice-processed"),
            ("alice-processed", "alice"),
            (longest[..^1], longest),
            (longest, longest[..^1]),
            ("originals", "processed"),
            ("processed", "originals"),
            ("user", "alice"),
            ("0", "00"),
        };
        return [.. names.Select(n => (TenantId.Parse(n.Item1), TenantId.Parse(n.Item2)))];
    }
}
