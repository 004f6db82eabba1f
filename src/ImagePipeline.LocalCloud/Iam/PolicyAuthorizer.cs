using System.Collections.Concurrent;
using ImagePipeline.Policies;

namespace ImagePipeline.LocalCloud.Iam;

/// <summary>Authorizes requests with the project's IAM evaluator against an <see cref="IamRegistry"/>.</summary>
/// <remarks>
/// Each combination of principal policies, resource policy and session policy is compiled once and reused
/// until the registry changes. A policy that does not parse denies the request and names the problem.
/// </remarks>
public sealed class PolicyAuthorizer : IRequestAuthorizer
{
    private readonly IamRegistry _registry;
    private readonly ConcurrentDictionary<string, PolicyEvaluator> _evaluators = new(StringComparer.Ordinal);
    private long _compiledVersion = -1;

    /// <summary>Creates an authorizer over the registry's roles, users and bucket policies.</summary>
    public PolicyAuthorizer(IamRegistry registry) => _registry = registry;

    /// <inheritdoc />
    public AccessVerdict Authorize(AccessQuery query)
    {
        var caller = query.Caller;
        if (_registry.PoliciesFor(caller) is not { } principal)
        {
            return AccessVerdict.Refused($"because its user or role '{caller.PolicyHolderArn}' is not registered");
        }

        PolicyEvaluator evaluator;
        try
        {
            evaluator = EvaluatorFor(caller, principal, query.ResourcePolicy);
        }
        catch (PolicyFormatException ex)
        {
            return AccessVerdict.Refused($"because a policy that applies is malformed: {ex.Message}");
        }

        var decision = evaluator.Evaluate(new AuthorizationRequest
        {
            Principal = caller.PrincipalArn,
            PrincipalAccount = caller.Account,
            Action = query.Action,
            Resource = query.Resource,
            Context = new RequestContext(query.Context),
        });
        return ToVerdict(decision, query.Action, evaluator.Policies);
    }

    private PolicyEvaluator EvaluatorFor(IamCredential caller, PrincipalPolicies principal, NamedPolicy? resource)
    {
        var version = _registry.Version;
        if (Interlocked.Exchange(ref _compiledVersion, version) != version)
        {
            _evaluators.Clear();
        }

        var key = string.Join(
            '\n', version, caller.PolicyHolderArn, resource?.Name, resource?.Json, caller.SessionPolicyJson);
        return _evaluators.GetOrAdd(key, _ => Compile(caller, principal, resource));
    }

    private static PolicyEvaluator Compile(IamCredential caller, PrincipalPolicies principal, NamedPolicy? resource)
    {
        var resourceKind = resource?.Name.StartsWith("TrustPolicy:", StringComparison.Ordinal) == true
            ? PolicyKind.Trust
            : PolicyKind.Resource;
        return new PolicySet
        {
            IdentityPolicies =
            [
                .. principal.IdentityPolicies.Select(p => PolicyDocument.Parse(p.Json, PolicyKind.Identity, p.Name)),
            ],
            ResourcePolicy = resource is null ? null : PolicyDocument.Parse(resource.Json, resourceKind, resource.Name),
            PermissionsBoundary = principal.PermissionsBoundaryJson is { } boundary
                ? PolicyDocument.Parse(boundary, PolicyKind.PermissionsBoundary, "PermissionsBoundary")
                : null,
            SessionPolicies = caller.SessionPolicyJson is { } session
                ? [PolicyDocument.Parse(session, PolicyKind.Session, "SessionPolicy")]
                : [],
        }.Compile();
    }

    private static AccessVerdict ToVerdict(AuthorizationDecision decision, string action, PolicySet policies)
    {
        var matched = decision.MatchedStatements;
        var names = matched.Select(statement => statement.ToString()).ToList();
        switch (decision.Decision)
        {
            case Decision.Allowed:
                var allow = matched.FirstOrDefault(statement => statement.Effect == PolicyEffect.Allow);
                return new AccessVerdict(
                    AccessDecision.Allowed, allow?.ToString(), names, decision.MissingContextKeys, string.Empty);
            case Decision.ExplicitDeny:
                var deny = matched.First(statement => statement.Effect == PolicyEffect.Deny);
                return new AccessVerdict(
                    AccessDecision.ExplicitDeny, deny.ToString(), names, decision.MissingContextKeys,
                    $"with an explicit deny in a {KindWords(deny.Kind)}");
            default:
                return new AccessVerdict(
                    AccessDecision.ImplicitDeny, null, names, decision.MissingContextKeys,
                    ImplicitReason(matched, action, policies));
        }
    }

    private static string ImplicitReason(IReadOnlyList<MatchedStatement> matched, string action, PolicySet policies)
    {
        var identityAllows = matched.Any(s => s.Kind == PolicyKind.Identity && s.Effect == PolicyEffect.Allow);
        if (identityAllows && policies.PermissionsBoundary is not null
            && !matched.Any(s => s.Kind == PolicyKind.PermissionsBoundary))
        {
            return $"because no permissions boundary allows the {action} action";
        }

        return identityAllows && policies.SessionPolicies.Count > 0
            ? $"because no session policy allows the {action} action"
            : $"because no identity-based policy allows the {action} action";
    }

    private static string KindWords(PolicyKind kind) => kind switch
    {
        PolicyKind.Identity => "identity-based policy",
        PolicyKind.Resource or PolicyKind.Trust => "resource-based policy",
        PolicyKind.PermissionsBoundary => "permissions boundary",
        _ => "session policy",
    };
}
