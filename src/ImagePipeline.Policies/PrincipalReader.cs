using System.Text.Json;

namespace ImagePipeline.Policies;

/// <summary>Reads a <c>Principal</c> or <c>NotPrincipal</c> element.</summary>
internal static class PrincipalReader
{
    private static readonly string[] Types = ["AWS", "Service", "Federated", "CanonicalUser"];

    /// <summary>Reads <c>"*"</c> or an object of principal type to one or more identifiers.</summary>
    public static List<PolicyPrincipal> Read(JsonElement element, string where)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString() == PolicyPrincipal.Anyone
                ? [new PolicyPrincipal(PolicyPrincipal.Anyone, PolicyPrincipal.Anyone)]
                : throw new PolicyFormatException(
                    $"{where}: '{element.GetString()}' is not a principal; write \"*\" or {{\"AWS\": \"arn...\"}}.");
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new PolicyFormatException($"{where}: must be \"*\" or an object such as {{\"AWS\": \"arn...\"}}.");
        }

        var principals = new List<PolicyPrincipal>();
        foreach (var type in element.EnumerateObject())
        {
            if (!Types.Contains(type.Name, StringComparer.Ordinal))
            {
                throw new PolicyFormatException(
                    $"{where}: '{type.Name}' is not a principal type; use {string.Join(", ", Types)}.");
            }

            foreach (var value in PolicyParser.ValueList(type.Value, $"{where}/{type.Name}"))
            {
                principals.Add(new PolicyPrincipal(type.Name, Validate(value, $"{where}/{type.Name}")));
            }
        }

        return principals.Count > 0
            ? principals
            : throw new PolicyFormatException($"{where}: names no principal; add e.g. {{\"AWS\": \"arn...\"}}.");
    }

    private static string Validate(string value, string where)
    {
        if (value.Contains("${", StringComparison.Ordinal))
        {
            throw new PolicyFormatException(
                $"{where}: '{value}' uses a policy variable; AWS allows variables only in Resource and Condition.");
        }

        if (value != PolicyPrincipal.Anyone && value.Contains('*', StringComparison.Ordinal))
        {
            throw new PolicyFormatException(
                $"{where}: '{value}' has a wildcard; a principal is \"*\" or exact. " +
                "Use \"*\" with an ArnLike condition on aws:PrincipalArn instead.");
        }

        return value;
    }
}
