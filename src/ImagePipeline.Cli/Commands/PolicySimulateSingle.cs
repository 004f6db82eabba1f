using System.Text.Json;
using System.Text.Json.Nodes;

namespace ImagePipeline.Cli.Commands;

/// <summary>Turns the single-request options of <c>policy simulate</c> into one batch line.</summary>
internal static class PolicySimulateSingle
{
    /// <summary>Builds the JSON line, or returns null with the problem.</summary>
    public static string? ToJsonLine(
        string[] identity,
        string? resourcePolicy,
        string? boundary,
        string? session,
        string? principal,
        string? action,
        string? resource,
        string[] context,
        out string? problem)
    {
        problem = principal is null || action is null || resource is null
            ? "Give --principal, --action and --resource for one request, or --batch FILE|- for many."
            : null;
        if (problem is not null)
        {
            return null;
        }

        try
        {
            var keys = new JsonObject();
            foreach (var pair in context)
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

            var line = new JsonObject
            {
                ["id"] = "1",
                ["identityPolicies"] = new JsonArray([.. identity.Select(Load)]),
                ["resourcePolicy"] = resourcePolicy is null ? null : Load(resourcePolicy),
                ["permissionsBoundary"] = boundary is null ? null : Load(boundary),
                ["sessionPolicy"] = session is null ? null : Load(session),
                ["request"] = new JsonObject
                {
                    ["principal"] = principal,
                    ["action"] = action,
                    ["resource"] = resource,
                    ["context"] = keys,
                },
            };
            return line.ToJsonString();
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            problem = $"A policy option is not valid JSON or its @FILE cannot be read: {ex.Message}";
            return null;
        }
    }

    private static JsonNode? Load(string value)
    {
        var text = value.StartsWith('@') ? File.ReadAllText(value[1..]) : value;
        return JsonNode.Parse(text);
    }
}
