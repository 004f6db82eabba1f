using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Policies.Verification;

/// <summary>STS requests that would let a caller act as another tenant, or tag its own session.</summary>
internal static class StsChecks
{
    private static readonly string[] Actions = ["sts:AssumeRole", "sts:TagSession"];

    /// <summary>Assuming or tagging either tenant role for the victim, with and without tags.</summary>
    public static IEnumerable<IsolationCheck> Against(CheckBuilder builder, VerifierPrincipal attacker, TenantId victim)
    {
        var principals = builder.Principals;
        foreach (var role in new[] { principals.UserRole, principals.ProcessorRole })
        {
            foreach (var action in Actions)
            {
                yield return CheckBuilder.Sts(attacker, action, role, false, victim.Value, Tag(victim.Value));
                yield return CheckBuilder.Sts(attacker, action, role, false, victim.Value);
            }
        }
    }

    /// <summary>Sessions that even the trusted callers must not be able to create.</summary>
    public static IEnumerable<IsolationCheck> TrustedCallersMisusing(CheckBuilder builder, TenantId victim)
    {
        var principals = builder.Principals;
        var execution = principals.FunctionExecution();
        var broker = principals.Broker();
        foreach (var action in Actions)
        {
            // Each trusted caller may create sessions of one role only.
            var tag = Tag(victim.Value);
            yield return CheckBuilder.Sts(execution, action, principals.UserRole, false, victim.Value, tag);
            yield return CheckBuilder.Sts(broker, action, principals.ProcessorRole, false, victim.Value, tag);
            yield return CheckBuilder.Sts(broker, action, principals.ExecutionRole, false, victim.Value);
        }

        foreach (var (caller, role) in new[] { (execution, principals.ProcessorRole), (broker, principals.UserRole) })
        {
            // Without a tenant tag, with an extra tag, or with a tag value that is not a tenant.
            yield return CheckBuilder.Sts(caller, "sts:AssumeRole", role, false, null);
            var admin = ("Admin", "true");
            var tag = Tag(victim.Value);
            yield return CheckBuilder.Sts(caller, "sts:TagSession", role, false, victim.Value, tag, admin);
            foreach (var value in new[] { "*", string.Empty, $"{victim.Value}/*", "${aws:username}" })
            {
                yield return CheckBuilder.Sts(caller, "sts:TagSession", role, false, victim.Value, Tag(value));
            }
        }
    }

    private static (string Key, string Value) Tag(string value) => (VerifierPrincipals.TenantTag, value);
}
