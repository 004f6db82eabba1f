using ImagePipeline.Policies.Compilation;

namespace ImagePipeline.Policies;

/// <summary>A compiled policy set that answers requests with AWS's evaluation logic.</summary>
/// <remarks>
/// An explicit deny in any policy wins. Otherwise, in the resource's account, a resource policy that names the
/// caller (or everyone) grants on its own; one that names the caller's role grants within the permissions
/// boundary and session policies; otherwise the identity policies must grant, within the boundary and the
/// session policies. Across accounts both the identity side and the resource policy must grant.
/// Thread-safe: evaluation does not mutate the evaluator.
/// Limitations, each on the side of refusing: resource wildcards match the whole ARN as one string (AWS matches
/// field by field, which differs only when a wildcard would span a <c>:</c> of the first five fields); a request
/// value that a numeric, date, IP or binary operator cannot parse makes that condition false; an operator without
/// a set qualifier on a multi-valued key holds when any value matches (negated: when none does).
/// Organization SCPs and RCPs are not modelled.
/// </remarks>
public sealed class PolicyEvaluator
{
    private readonly CompiledStatement[] _identity;
    private readonly CompiledStatement[] _resource;
    private readonly CompiledStatement[]? _boundary;
    private readonly CompiledStatement[]? _session;

    private PolicyEvaluator(PolicySet policies)
    {
        Policies = policies;
        _identity = [.. policies.IdentityPolicies.SelectMany(p => p.Compiled)];
        _resource = policies.ResourcePolicy?.Compiled ?? [];
        _boundary = policies.PermissionsBoundary?.Compiled;
        _session = policies.SessionPolicies.Count > 0
            ? [.. policies.SessionPolicies.SelectMany(p => p.Compiled)]
            : null;
    }

    /// <summary>The policies this evaluator was compiled from.</summary>
    public PolicySet Policies { get; }

    /// <summary>Compiles a policy set.</summary>
    public static PolicyEvaluator Compile(PolicySet policies) => new(policies);

    /// <summary>Decides one request.</summary>
    public AuthorizationDecision Evaluate(AuthorizationRequest request)
    {
        var principalAccount = request.PrincipalAccount.Length > 0
            ? request.PrincipalAccount.AsSpan()
            : AuthorizationRequest.AccountSpan(request.Principal);
        var resourceAccount = request.ResourceAccount.Length > 0
            ? request.ResourceAccount.AsSpan()
            : AuthorizationRequest.AccountSpan(request.Resource);
        var trace = default(EvaluationTrace);

        var identity = Scan(_identity, request, principalAccount, ref trace);
        var resource = Scan(_resource, request, principalAccount, ref trace);
        var boundary = _boundary is null ? default : Scan(_boundary, request, principalAccount, ref trace);
        var session = _session is null ? default : Scan(_session, request, principalAccount, ref trace);

        Decision decision;
        if (identity.Denied || resource.Denied || boundary.Denied || session.Denied)
        {
            decision = Decision.ExplicitDeny;
        }
        else
        {
            var withinBoundary = _boundary is null || boundary.Allowed;
            var withinSession = _session is null || session.Allowed;
            var identityGrants = identity.Allowed && withinBoundary && withinSession;
            // A service principal has no account; AWS judges its grants by the resource policy alone.
            var sameAccount = resourceAccount.Length == 0
                || principalAccount.Length == 0
                || resourceAccount.SequenceEqual(principalAccount);
            var allowed = sameAccount
                ? resource.Grant == PrincipalMatch.Direct
                    || (resource.Grant == PrincipalMatch.Role && withinBoundary && withinSession)
                    || identityGrants
                : identityGrants && resource.Grant != PrincipalMatch.None;
            decision = allowed ? Decision.Allowed : Decision.ImplicitDeny;
        }

        return new AuthorizationDecision(decision, trace.Matched, trace.Missing);
    }

    private static ScanResult Scan(
        CompiledStatement[] statements,
        AuthorizationRequest request,
        ReadOnlySpan<char> principalAccount,
        ref EvaluationTrace trace)
    {
        var result = default(ScanResult);
        foreach (var statement in statements)
        {
            var outcome = statement.Evaluate(request, principalAccount, ref trace);
            if (!outcome.Applies)
            {
                continue;
            }

            trace.AddMatched(statement.ReportAlone);
            if (statement.Effect == PolicyEffect.Deny)
            {
                result.Denied = true;
            }
            else
            {
                result.Allowed = true;
                result.Grant = outcome.Principal > result.Grant ? outcome.Principal : result.Grant;
            }
        }

        return result;
    }

    private struct ScanResult
    {
        public bool Denied;
        public bool Allowed;
        public PrincipalMatch Grant;
    }
}
