namespace ImagePipeline.Policies.Tests;

/// <summary>Builds small policies and requests for unit tests.</summary>
internal static class TestPolicies
{
    public const string Account = "111122223333";
    public const string OtherAccount = "444455556666";
    public const string RoleArn = "arn:aws:iam::111122223333:role/tenant-user";
    public const string SessionArn = "arn:aws:sts::111122223333:assumed-role/tenant-user/alice";

    public static PolicyDocument Parse(PolicyKind kind, params string[] statements) =>
        PolicyDocument.Parse(Document(statements), kind, kind.ToString().ToLowerInvariant());

    public static PolicyDocument Identity(params string[] statements) => Parse(PolicyKind.Identity, statements);

    public static PolicyDocument Resource(params string[] statements) => Parse(PolicyKind.Resource, statements);

    public static string Document(params string[] statements) =>
        $$"""{"Version": "2012-10-17", "Statement": [{{string.Join(",", statements)}}]}""";

    public static string Allow(string action, string resource, string condition = "") =>
        Statement("Allow", action, resource, condition);

    public static string Deny(string action, string resource, string condition = "") =>
        Statement("Deny", action, resource, condition);

    public static string Statement(string effect, string action, string resource, string condition = "")
    {
        var extra = condition.Length > 0 ? $", \"Condition\": {condition}" : string.Empty;
        return $$"""{"Effect": "{{effect}}", "Action": {{Quote(action)}}, "Resource": {{Quote(resource)}}{{extra}}}""";
    }

    public static AuthorizationRequest Request(
        string action,
        string resource,
        RequestContext? context = null,
        string principal = SessionArn) =>
        new()
        {
            Principal = principal,
            Action = action,
            Resource = resource,
            Context = context ?? new RequestContext(),
        };

    public static Decision Decide(PolicySet set, AuthorizationRequest request) =>
        set.Compile().Evaluate(request).Decision;

    public static Decision Decide(PolicyDocument identity, AuthorizationRequest request) =>
        Decide(new PolicySet { IdentityPolicies = [identity] }, request);

    private static string Quote(string value) => value.StartsWith('[') ? value : $"\"{value}\"";
}
