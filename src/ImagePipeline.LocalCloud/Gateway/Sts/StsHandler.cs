using ImagePipeline.LocalCloud.Gateway.Classification;
using ImagePipeline.LocalCloud.Gateway.Responses;
using ImagePipeline.LocalCloud.Iam;

namespace ImagePipeline.LocalCloud.Gateway.Sts;

/// <summary>Answers STS itself: <c>AssumeRole</c> after the trust checks, and <c>GetCallerIdentity</c>.</summary>
/// <remarks>STS calls are never forwarded: the sessions they issue exist only in the gateway's registry.</remarks>
internal sealed class StsHandler(IamRegistry registry, RoleSessionIssuer issuer, AccessEnforcer enforcer)
{
    /// <summary>Handles one STS call from an authenticated caller.</summary>
    public StsOutcome Handle(
        GatewayExchange exchange,
        StsParameters parameters,
        IamCredential caller,
        IReadOnlyDictionary<string, IReadOnlyList<string>> globalKeys)
    {
        var action = parameters["Action"];
        exchange.Operation = action ?? "Unknown";
        exchange.Action = action is null ? null : "sts:" + action;
        switch (action)
        {
            case "GetCallerIdentity":
                // AWS answers GetCallerIdentity for every authenticated caller; no policy can deny it.
                exchange.Verdict = new AccessVerdict(AccessDecision.Allowed, null, [], [], string.Empty);
                exchange.Resource = caller.PrincipalArn;
                return new StsOutcome(StsResponses.GetCallerIdentity(caller, exchange.RequestId), null);
            case "AssumeRole":
                return AssumeRole(exchange, parameters, caller, globalKeys);
            default:
                return Invalid($"The STS action '{action}' is not supported locally; use AssumeRole or " +
                               "GetCallerIdentity.", "InvalidAction");
        }
    }

    private StsOutcome AssumeRole(
        GatewayExchange exchange,
        StsParameters parameters,
        IamCredential caller,
        IReadOnlyDictionary<string, IReadOnlyList<string>> globalKeys)
    {
        var roleArn = parameters["RoleArn"] ?? string.Empty;
        var sessionName = parameters["RoleSessionName"] ?? string.Empty;
        exchange.Resource = roleArn;
        if (ParameterProblem(parameters, out var seconds) is { } invalid)
        {
            return invalid;
        }

        var request = SessionRequest(parameters, caller, roleArn, sessionName, seconds, out var conflict);
        if (conflict is not null)
        {
            return Invalid(conflict, "InvalidParameterValue");
        }

        var denied = Authorize(exchange, caller, request, parameters, globalKeys);
        if (denied is not null)
        {
            return new StsOutcome(null, denied);
        }

        try
        {
            var session = issuer.IssueRoleSession(request);
            return new StsOutcome(StsResponses.AssumeRole(session, exchange.RequestId), null);
        }
        catch (ArgumentException ex)
        {
            return Invalid(ex.Message, "ValidationError");
        }
    }

    /// <summary>The refusal for parameters AssumeRole cannot take, or null; the duration is read on the way.</summary>
    private static StsOutcome? ParameterProblem(StsParameters parameters, out int? seconds)
    {
        if (parameters.HasAny("PolicyArns."))
        {
            seconds = null;
            return Invalid("PolicyArns are not supported locally; pass an inline Policy instead.", "ValidationError");
        }

        if (!parameters.TryGetInt("DurationSeconds", out seconds))
        {
            return Invalid($"DurationSeconds '{parameters["DurationSeconds"]}' is not a number.", "ValidationError");
        }

        if (parameters.DuplicateTagKey() is { } duplicate)
        {
            return Invalid(
                $"Duplicate tag keys found: '{duplicate}'. Tag keys are case insensitive; send each key once.",
                "InvalidParameterValue");
        }

        return null;
    }

    private static RoleSessionRequest SessionRequest(
        StsParameters parameters,
        IamCredential caller,
        string roleArn,
        string sessionName,
        int? seconds,
        out string? conflict)
    {
        conflict = null;
        var tags = parameters.Tags();
        var transitive = parameters.List("TransitiveTagKeys");
        foreach (var key in caller.TransitiveTagKeys)
        {
            // Transitive tags ride along into the chained session and may not be changed on the way.
            var inherited = caller.SessionTags[key];
            var clash = tags.FirstOrDefault(tag => tag.Key.Equals(key, StringComparison.OrdinalIgnoreCase));
            if (clash.Key is not null && clash.Value != inherited)
            {
                conflict = $"The transitive session tag '{key}' cannot be overridden in a chained session.";
            }

            tags[clash.Key ?? key] = inherited;
            if (!transitive.Contains(key))
            {
                transitive.Add(key);
            }
        }

        return new RoleSessionRequest(
            roleArn, sessionName, tags, transitive,
            seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), parameters["Policy"]);
    }

    private GatewayError? Authorize(
        GatewayExchange exchange,
        IamCredential caller,
        RoleSessionRequest request,
        StsParameters parameters,
        IReadOnlyDictionary<string, IReadOnlyList<string>> globalKeys)
    {
        var role = registry.FindRole(request.RoleArn);
        var context = RequestKeys(request, parameters);
        List<AccessCheck> checks = [new AccessCheck("sts:AssumeRole", request.RoleArn, context)];
        if (request.Tags!.Count > 0)
        {
            checks.Add(new AccessCheck("sts:TagSession", request.RoleArn, context));
        }

        if (role is null)
        {
            // An unknown role is refused with the same words as a forbidden one, as AWS does.
            exchange.Verdict = AccessVerdict.Refused(
                "because no identity-based policy allows the sts:AssumeRole action");
            return ServiceErrors.AccessDenied(
                AwsService.Sts, AccessEnforcer.DenialMessage(caller, checks[0], exchange.Verdict));
        }

        var trust = new NamedPolicy($"TrustPolicy:{role.Name}", role.TrustPolicyJson);
        var (check, verdict) = enforcer.Enforce(caller, checks, globalKeys, trust);
        exchange.Verdict = verdict;
        exchange.Action = check.Action;
        if (verdict.IsAllowed)
        {
            exchange.AlsoAuthorized = AccessEnforcer.FurtherActions(checks);
            return null;
        }

        return ServiceErrors.AccessDenied(AwsService.Sts, AccessEnforcer.DenialMessage(caller, check, verdict));
    }

    private static Dictionary<string, IReadOnlyList<string>> RequestKeys(
        RoleSessionRequest request,
        StsParameters parameters)
    {
        var context = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["sts:RoleSessionName"] = [request.SessionName],
        };
        foreach (var (key, value) in request.Tags!)
        {
            context["aws:RequestTag/" + key] = [value];
        }

        if (request.Tags!.Count > 0)
        {
            context["aws:TagKeys"] = [.. request.Tags.Keys];
        }

        if (request.TransitiveTagKeys!.Count > 0)
        {
            context["sts:TransitiveTagKeys"] = [.. request.TransitiveTagKeys];
        }

        if (parameters["ExternalId"] is { } externalId)
        {
            context["sts:ExternalId"] = [externalId];
        }

        return context;
    }

    private static StsOutcome Invalid(string message, string code) =>
        new(null, new GatewayError(code, message, 400));
}
