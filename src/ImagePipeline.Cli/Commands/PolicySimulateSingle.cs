using System.Text.Json;
using System.Text.Json.Nodes;

namespace ImagePipeline.Cli.Commands;

/// <summary>Turns the single-request options of <c>policy simulate</c> into one batch line.</summary>
internal static class PolicySimulateSingle
{
    /// <summary>Builds the JSON line, or returns null with the problem.</summary>
    public static string? ToJsonLine(
        PolicySimulatePolicies policies,
        string? principal,
        string? action,
        string? resource,
        string[] context,
        out string? problem)
    {
        problem = principal is null || action is null || resource is null
            ? "Give --principal, --action and --resource for one request, or --batch FILE|- for many."
            : null;
        var keys = problem is null ? ContextKeys(context, out problem) : null;
        if (keys is null)
        {
            return null;
        }

        try
        {
            var line = BuildLine(policies, principal, action, resource, keys);
            return line.ToJsonString();
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            problem = $"A policy option is not valid JSON or its @FILE cannot be read: {ex.Message}";
            return null;
        }
    }

    /// <summary>The batch line; loading a policy throws when it is not JSON or its @FILE cannot be read.</summary>
    private static JsonObject BuildLine(
        PolicySimulatePolicies policies,
        string? principal,
        string? action,
        string? resource,
        JsonObject keys)
    {
        return new JsonObject
        {
            ["id"] = "1",
            ["identityPolicies"] = new JsonArray([.. policies.Identity.Select(Load)]),
            ["resourcePolicy"] = Load(policies.Resource),
            ["permissionsBoundary"] = Load(policies.Boundary),
            ["sessionPolicy"] = Load(policies.Session),
            ["request"] = new JsonObject
            {
                ["principal"] = principal,
                ["action"] = action,
                ["resource"] = resource,
                ["context"] = keys,
            },
        };
    }

    private static JsonObject? ContextKeys(string[] pairs, out string? problem)
    {
        problem = null;
        var keys = new JsonObject();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problem = $"--context '{pair}' is not KEY=VALUE; write e.g. --context aws:PrincipalTag/UserID=alice.";
                return null;
            }

            var key = pair[..equals];
            var values = keys[key] as JsonArray ?? [];
            values.Add(pair[(equals + 1)..]);
            keys[key] = values;
        }

        return keys;
    }

    private static JsonNode? Load(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.StartsWith('@') ? File.ReadAllText(value[1..]) : value;
        return JsonNode.Parse(text);
    }
}
