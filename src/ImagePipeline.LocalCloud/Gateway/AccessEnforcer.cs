using ImagePipeline.LocalCloud.Gateway.Classification;
using ImagePipeline.LocalCloud.Iam;

namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>Runs every check of a classified request through the authorizer; all must allow.</summary>
internal sealed class AccessEnforcer(IRequestAuthorizer authorizer, IamRegistry registry)
{
    /// <summary>Evaluates the checks in order and stops at the first that does not allow.</summary>
    /// <returns>The deciding check and its verdict: the first refusal or, when every check allows, the first
    /// check, which is the request's own action (<c>sts:AssumeRole</c>, not the <c>sts:TagSession</c> that
    /// rides along with it).</returns>
    public (AccessCheck Check, AccessVerdict Verdict) Enforce(
        IamCredential caller,
        IReadOnlyList<AccessCheck> checks,
        IReadOnlyDictionary<string, IReadOnlyList<string>> globalKeys,
        NamedPolicy? resourcePolicy = null)
    {
        if (checks.Count == 0)
        {
            throw new ArgumentException("A classified request must carry at least one check.", nameof(checks));
        }

        (AccessCheck, AccessVerdict)? first = null;
        foreach (var check in checks)
        {
            var context = new Dictionary<string, IReadOnlyList<string>>(globalKeys, StringComparer.OrdinalIgnoreCase);
            foreach (var (key, values) in check.Context)
            {
                context[key] = values;
            }

            var policy = resourcePolicy ?? BucketPolicy(check.Bucket);
            var verdict = Evaluate(new AccessQuery(caller, check.Action, check.Resource, policy, context));
            if (!verdict.IsAllowed)
            {
                return (check, verdict);
            }

            first ??= (check, verdict);
        }

        return first!.Value;
    }

    /// <summary>The actions a request's further checks authorised besides its first; null when none.</summary>
    public static IReadOnlyList<string>? FurtherActions(IReadOnlyList<AccessCheck> checks)
    {
        var further = checks.Skip(1).Select(check => check.Action).Where(action => action != checks[0].Action)
            .Distinct(StringComparer.Ordinal).ToArray();
        return further.Length == 0 ? null : further;
    }

    /// <summary>The message AWS gives when a check is refused.</summary>
    public static string DenialMessage(IamCredential caller, AccessCheck check, AccessVerdict verdict) =>
        $"User: {caller.PrincipalArn} is not authorized to perform: {check.Action} on resource: " +
        $"\"{check.Resource}\" {verdict.Reason}".TrimEnd();

    private AccessVerdict Evaluate(AccessQuery query)
    {
        try
        {
            return authorizer.Authorize(query);
        }
        catch (Exception ex)
        {
            // An evaluator failure must never turn into an allow.
            return AccessVerdict.Refused($"because the policies could not be evaluated: {ex.Message}");
        }
    }

    private NamedPolicy? BucketPolicy(string? bucket) =>
        bucket is not null && registry.FindBucketPolicy(bucket) is { } json
            ? new NamedPolicy($"BucketPolicy:{bucket}", json)
            : null;
}
