using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Policies.Templates;

namespace ImagePipeline.Policies.Verification;

/// <summary>Builds the callers the verifier impersonates from the template's roles.</summary>
public sealed class VerifierPrincipals
{
    /// <summary>The session tag that carries the tenant.</summary>
    public const string TenantTag = "UserID";

    private readonly ResolvedTemplate _template;

    /// <summary>Creates the factory for one resolved template.</summary>
    public VerifierPrincipals(ResolvedTemplate template) => _template = template;

    /// <summary>The tenant user role.</summary>
    public ResolvedRole UserRole => _template.Role(TemplateLogicalIds.TenantUserRole);

    /// <summary>The tenant processor role.</summary>
    public ResolvedRole ProcessorRole => _template.Role(TemplateLogicalIds.TenantProcessorRole);

    /// <summary>The function's execution role.</summary>
    public ResolvedRole ExecutionRole => _template.Role(TemplateLogicalIds.FunctionExecutionRole);

    /// <summary>An end user's session, tagged with their tenant by the broker.</summary>
    public VerifierPrincipal TenantUser(TenantId tenant) =>
        Session("tenant user", UserRole, tenant.Value, tenant.Value, (TenantTag, tenant.Value));

    /// <summary>The function's session for one tenant, tagged with the tenant taken from the object key.</summary>
    public VerifierPrincipal TenantProcessor(TenantId tenant) =>
        Session("tenant processor", ProcessorRole, tenant.Value, tenant.Value, (TenantTag, tenant.Value));

    /// <summary>The function itself, running as its execution role.</summary>
    public VerifierPrincipal FunctionExecution()
    {
        var function = _template.Functions.FirstOrDefault(f => f.RoleArn == ExecutionRole.Arn);
        return Session("function execution", ExecutionRole, function?.FunctionName ?? "function", null);
    }

    /// <summary>The broker: the only principal that may start tagged tenant user sessions.</summary>
    public VerifierPrincipal Broker()
    {
        var arn = _template.Parameters.BrokerPrincipalArn;
        var context = BaseContext(arn);
        return new VerifierPrincipal("broker", arn, null, [], null, context);
    }

    /// <summary>Sessions a misconfiguration could produce: untagged, or tagged with a wrong key or value.</summary>
    public IEnumerable<VerifierPrincipal> Misconfigured(TenantId victim)
    {
        foreach (var (kind, role) in new[] { ("user", UserRole), ("processor", ProcessorRole) })
        {
            yield return Session($"untagged {kind} session", role, "untagged", null);
            yield return Session($"wrongly tagged {kind} session", role, "wildcard", null, (TenantTag, "*"));
            yield return Session($"wrongly tagged {kind} session", role, "empty", null, (TenantTag, string.Empty));
            var dotDot = (TenantTag, $"{victim.Value}/..");
            yield return Session($"wrongly tagged {kind} session", role, "dotdot", null, dotDot);
            yield return Session($"wrongly tagged {kind} session", role, "otherkey", null, ("Tenant", victim.Value));
        }
    }

    private VerifierPrincipal Session(
        string kind,
        ResolvedRole role,
        string sessionName,
        string? tenant,
        params (string Key, string Value)[] tags)
    {
        var arn = role.SessionArn(sessionName);
        var context = BaseContext(role.Arn);
        context.Set("aws:userid", $"AROA{StableId(role.Arn)}:{sessionName}");
        context.Set("aws:PrincipalType", "AssumedRole");
        foreach (var (key, value) in tags)
        {
            context.Set($"aws:PrincipalTag/{key}", value);
        }

        // A boundary is named by ARN only; its document is not in the template, so checks run without it.
        // That is the stricter test: a boundary can only remove access, never add it.
        return new VerifierPrincipal(kind, arn, tenant, role.IdentityPolicies, null, context);
    }

    private RequestContext BaseContext(string roleArn) =>
        new RequestContext()
            .Set("aws:SecureTransport", "true")
            .Set("aws:PrincipalArn", roleArn)
            .Set("aws:PrincipalAccount", _template.Parameters.AccountId)
            .Set("aws:CurrentTime", DateTimeOffset.UnixEpoch.AddYears(56).ToString("O", CultureInfo.InvariantCulture));

    private static string StableId(string arn) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(arn)))[..16];
}
