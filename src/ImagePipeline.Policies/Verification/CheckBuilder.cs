using ImagePipeline.Policies.Templates;

namespace ImagePipeline.Policies.Verification;

/// <summary>Shared helpers for building checks against one resolved template.</summary>
internal sealed class CheckBuilder
{
    public CheckBuilder(ResolvedTemplate template)
    {
        Template = template;
        Principals = new VerifierPrincipals(template);
    }

    public ResolvedTemplate Template { get; }

    public VerifierPrincipals Principals { get; }

    public string ObjectArn(string key) => $"{Template.BucketArn}/{key}";

    /// <summary>A check of an S3 request; the bucket policy applies.</summary>
    public IsolationCheck S3(
        CheckCategory category,
        VerifierPrincipal principal,
        string action,
        string resource,
        bool expectAllowed,
        string? victim,
        params (string Key, string[] Values)[] keys) =>
        Build(category, principal, action, resource, Template.BucketPolicy, expectAllowed, victim, keys);

    /// <summary>A check of a request on a resource without a resource policy, such as a log stream.</summary>
    public static IsolationCheck Plain(
        CheckCategory category,
        VerifierPrincipal principal,
        string action,
        string resource,
        bool expectAllowed) =>
        Build(category, principal, action, resource, null, expectAllowed, null, []);

    /// <summary>A check of a DynamoDB request against the table; no resource policy applies.</summary>
    public IsolationCheck Table(
        CheckCategory category,
        VerifierPrincipal principal,
        string action,
        bool expectAllowed,
        string? victim,
        params string[] leadingKeys) =>
        Build(
            category,
            principal,
            action,
            Template.Table.Arn,
            null,
            expectAllowed,
            victim,
            leadingKeys.Length > 0 ? [("dynamodb:LeadingKeys", leadingKeys)] : []);

    /// <summary>A check of an STS request on a role; the role's trust policy is the resource policy.</summary>
    public static IsolationCheck Sts(
        VerifierPrincipal principal,
        string action,
        ResolvedRole role,
        bool expectAllowed,
        string? victim,
        params (string Key, string Value)[] requestTags)
    {
        var keys = requestTags.Select(t => ($"aws:RequestTag/{t.Key}", new[] { t.Value })).ToList();
        if (requestTags.Length > 0)
        {
            keys.Add(("aws:TagKeys", [.. requestTags.Select(t => t.Key)]));
        }

        var category = expectAllowed ? CheckCategory.IntendedAccess : CheckCategory.Sessions;
        return Build(category, principal, action, role.Arn, role.TrustPolicy, expectAllowed, victim, [.. keys]);
    }

    private static IsolationCheck Build(
        CheckCategory category,
        VerifierPrincipal principal,
        string action,
        string resource,
        PolicyDocument? resourcePolicy,
        bool expectAllowed,
        string? victim,
        (string Key, string[] Values)[] keys)
    {
        var context = principal.Context.Clone();
        foreach (var (key, values) in keys)
        {
            context.Set(key, values);
        }

        return new IsolationCheck(
            category,
            principal,
            action,
            resource,
            context,
            resourcePolicy,
            expectAllowed,
            victim);
    }
}
