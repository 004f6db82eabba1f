using ImagePipeline.Core.Tenancy;
using ImagePipeline.Policies.Templates;

namespace ImagePipeline.Policies.Verification;

/// <summary>Proves on a template's policies that no tenant can reach another, and that needed access works.</summary>
/// <remarks>
/// Steps: (1) impersonate every kind of caller for each adversarial tenant pair; (2) ask every relevant S3,
/// DynamoDB and STS action against the victim's objects, prefixes, items and roles, each of which must be denied;
/// (3) ask the access the pipeline needs, each of which must be allowed; (4) lint the policy text.
/// Expected answers follow only from the ownership rules of the key and item layout.
/// </remarks>
public static class IsolationVerifier
{
    /// <summary>Verifies a resolved template.</summary>
    public static IsolationReport Verify(ResolvedTemplate template)
    {
        var builder = new CheckBuilder(template);
        var checks = Checks(builder).ToList();
        var evaluators = new Dictionary<(VerifierPrincipal, PolicyDocument?), PolicyEvaluator>();
        var results = new List<CheckResult>(checks.Count);
        foreach (var check in checks)
        {
            var key = (check.Principal, check.ResourcePolicy);
            if (!evaluators.TryGetValue(key, out var evaluator))
            {
                evaluator = new PolicySet
                {
                    IdentityPolicies = check.Principal.IdentityPolicies,
                    PermissionsBoundary = check.Principal.PermissionsBoundary,
                    ResourcePolicy = check.ResourcePolicy,
                }.Compile();
                evaluators[key] = evaluator;
            }

            results.Add(new CheckResult(check, evaluator.Evaluate(ToRequest(check))));
        }

        return new IsolationReport(results, PolicyLinter.Lint(template));
    }

    /// <summary>Every check for a template, in matrix order.</summary>
    internal static IEnumerable<IsolationCheck> Checks(CheckBuilder builder)
    {
        var principals = builder.Principals;
        foreach (var (attacker, victim) in AdversarialTenants.Pairs)
        {
            foreach (var principal in new[] { principals.TenantUser(attacker), principals.TenantProcessor(attacker) })
            {
                foreach (var check in Attacks(builder, principal, victim, attacker))
                {
                    yield return check;
                }
            }

            foreach (var principal in principals.Misconfigured(victim))
            {
                foreach (var check in Attacks(builder, principal, victim, null))
                {
                    yield return check;
                }
            }

            // The function and the broker create tenant sessions by design; their STS limits are checked apart.
            foreach (var check in DataAttacks(builder, principals.FunctionExecution(), victim)
                .Concat(DataAttacks(builder, principals.Broker(), victim))
                .Concat(StsChecks.TrustedCallersMisusing(builder, victim))
                .Concat(IntendedChecks.For(builder, attacker)))
            {
                yield return check;
            }
        }

        foreach (var check in IntendedChecks.FunctionLogs(builder))
        {
            yield return check;
        }
    }

    private static IEnumerable<IsolationCheck> Attacks(
        CheckBuilder builder,
        VerifierPrincipal principal,
        TenantId victim,
        TenantId? attacker) =>
        S3Checks.Against(builder, principal, victim, attacker)
            .Concat(DynamoDbChecks.Against(builder, principal, victim, attacker))
            .Concat(StsChecks.Against(builder, principal, victim));

    private static IEnumerable<IsolationCheck> DataAttacks(
        CheckBuilder builder,
        VerifierPrincipal principal,
        TenantId victim) =>
        S3Checks.Against(builder, principal, victim, null)
            .Concat(DynamoDbChecks.Against(builder, principal, victim, null));

    private static AuthorizationRequest ToRequest(IsolationCheck check) => new()
    {
        Principal = check.Principal.Arn,
        Action = check.Action,
        Resource = check.Resource,
        Context = check.Context,
    };
}
