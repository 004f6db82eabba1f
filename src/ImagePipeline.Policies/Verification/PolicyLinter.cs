using ImagePipeline.Policies.Templates;

namespace ImagePipeline.Policies.Verification;

/// <summary>Finds risky policy text that the checks may not catch, reported as warnings.</summary>
public static class PolicyLinter
{
    private const string TagVariable = "${aws:PrincipalTag/";

    /// <summary>Lints every policy of a resolved template.</summary>
    public static IReadOnlyList<LintFinding> Lint(ResolvedTemplate template)
    {
        var documents = template.Roles
            .SelectMany(r => r.IdentityPolicies.Append(r.TrustPolicy))
            .Concat(template.BucketPolicy is null ? [] : [template.BucketPolicy]);
        return [.. documents.SelectMany(Lint)];
    }

    /// <summary>Lints one policy document.</summary>
    public static IEnumerable<LintFinding> Lint(PolicyDocument document)
    {
        if (!document.SupportsVariables && document.Json.Contains("${", StringComparison.Ordinal))
        {
            yield return new LintFinding(
                document.Name,
                "-",
                "uses ${...} without Version 2012-10-17, so it is literal text.");
        }

        foreach (var statement in document.Statements.Where(s => s.Effect == PolicyEffect.Allow))
        {
            foreach (var message in Check(document, statement))
            {
                yield return new LintFinding(document.Name, statement.Label, message);
            }
        }
    }

    private static IEnumerable<string> Check(PolicyDocument document, PolicyStatement statement)
    {
        if (statement.IsNotAction || statement.IsNotResource)
        {
            yield return "Allow with NotAction or NotResource grants everything not listed; list what is allowed.";
        }

        if (statement.HasResourceElement && statement.Resources.Contains("*"))
        {
            yield return "Allow on Resource \"*\"; name the resources.";
        }

        if (Grants(statement, "s3:ListBucket") && !HasCondition(statement, "s3:prefix"))
        {
            yield return "s3:ListBucket without an s3:prefix condition lists every tenant's keys.";
        }

        if (Grants(statement, "dynamodb:Scan"))
        {
            yield return "dynamodb:Scan carries no dynamodb:LeadingKeys, so no key condition can restrict it.";
        }

        foreach (var message in CheckConditionsAndPrincipals(document, statement))
        {
            yield return message;
        }
    }

    private static IEnumerable<string> CheckConditionsAndPrincipals(PolicyDocument document, PolicyStatement statement)
    {

        var forAll = statement.Conditions.Where(c => c.Operator.StartsWith("ForAllValues:", StringComparison.Ordinal));
        foreach (var condition in forAll)
        {
            if (!statement.Conditions.Any(c => c.Operator == "Null"
                && string.Equals(c.Key, condition.Key, StringComparison.OrdinalIgnoreCase)
                && c.Values.Contains("false")))
            {
                yield return $"ForAllValues on {condition.Key} holds when the key is missing; add \"Null\": " +
                    $"{{\"{condition.Key}\": \"false\"}}.";
            }
        }

        foreach (var resource in statement.Resources.Where(r => r.Contains(TagVariable, StringComparison.Ordinal)))
        {
            var end = resource.IndexOf('}', resource.IndexOf(TagVariable, StringComparison.Ordinal));
            if (end + 1 < resource.Length && resource[end + 1] != '/')
            {
                yield return $"'{resource}' does not end the tenant folder with '/' after the variable, so 'alice' " +
                    "also matches 'alice2'.";
            }
        }

        if (document.Kind == PolicyKind.Trust
            && Grants(statement, "sts:TagSession")
            && !HasCondition(statement, "aws:TagKeys"))
        {
            yield return "sts:TagSession without an aws:TagKeys condition lets the caller set any session tag.";
        }

        if (document.Kind == PolicyKind.Trust && statement.Principals.Any(p => p.Value == PolicyPrincipal.Anyone))
        {
            yield return "the trust policy admits any principal; name the one caller that may assume the role.";
        }
    }

    private static bool Grants(PolicyStatement statement, string action)
    {
        var named = statement.Actions.Any(a => Wildcard.Matches(a, action));
        return named != statement.IsNotAction;
    }

    private static bool HasCondition(PolicyStatement statement, string key) =>
        statement.Conditions.Any(c =>
            string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase) && c.Operator != "Null");
}
