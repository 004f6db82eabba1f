using System.Text;
using System.Text.Json;
using ImagePipeline.Policies;

namespace ImagePipeline.Cli.Commands;

/// <summary>Reads the parts of one <c>policy simulate</c> JSON line.</summary>
internal static class PolicySimulationLine
{
    private static readonly string[] PolicyProperties =
        ["identityPolicies", "resourcePolicy", "permissionsBoundary", "sessionPolicy"];

    /// <summary>The text of the line's policies, which identifies its compiled policy set.</summary>
    public static string PolicyKey(JsonElement root)
    {
        var key = new StringBuilder();
        foreach (var name in PolicyProperties)
        {
            key.Append(root.TryGetProperty(name, out var value) ? value.GetRawText() : "null").Append('\u001f');
        }

        return key.ToString();
    }

    /// <summary>The line's policies.</summary>
    public static PolicySet Policies(JsonElement root)
    {
        var identity = new List<PolicyDocument>();
        if (root.TryGetProperty("identityPolicies", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var policy in list.EnumerateArray())
            {
                identity.Add(Parse(policy, PolicyKind.Identity, $"identity[{index++}]")!);
            }
        }

        var resource = Optional(root, "resourcePolicy", PolicyKind.Resource, "resource");
        return new PolicySet
        {
            IdentityPolicies = identity,
            ResourcePolicy = resource,
            PermissionsBoundary = Optional(root, "permissionsBoundary", PolicyKind.PermissionsBoundary, "boundary"),
            SessionPolicies = Optional(root, "sessionPolicy", PolicyKind.Session, "session") is { } session
                ? [session]
                : [],
        };
    }

    /// <summary>The line's request.</summary>
    public static AuthorizationRequest Request(JsonElement root)
    {
        if (!root.TryGetProperty("request", out var request) || request.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The line has no \"request\" object with principal, action and resource.");
        }

        var context = new RequestContext();
        if (request.TryGetProperty("context", out var keys) && keys.ValueKind == JsonValueKind.Object)
        {
            foreach (var key in keys.EnumerateObject())
            {
                context.Set(key.Name, key.Value.ValueKind == JsonValueKind.Array
                    ? [.. key.Value.EnumerateArray().Select(Scalar)]
                    : [Scalar(key.Value)]);
            }
        }

        return new AuthorizationRequest
        {
            Principal = Required(request, "principal"),
            Action = Required(request, "action"),
            Resource = Required(request, "resource"),
            Context = context,
        };
    }

    private static PolicyDocument? Optional(JsonElement root, string name, PolicyKind kind, string label) =>
        root.TryGetProperty(name, out var value) ? Parse(value, kind, label) : null;

    private static PolicyDocument? Parse(JsonElement value, PolicyKind kind, string name) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => PolicyDocument.Parse(value.GetString()!, kind, name),
        _ => PolicyDocument.Parse(value.GetRawText(), kind, name),
    };

    private static string Required(JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"The request has no \"{name}\" string.");

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        _ => throw new FormatException($"A context value must be a string, number or boolean, not {value.ValueKind}."),
    };
}
