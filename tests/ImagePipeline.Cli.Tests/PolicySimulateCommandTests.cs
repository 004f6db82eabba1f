using System.Text.Json;
using System.Text.Json.Nodes;

namespace ImagePipeline.Cli.Tests;

public class PolicySimulateCommandTests
{
    private const string TenantPolicy =
        """
        {"Version": "2012-10-17",
         "Statement": [{"Sid": "Own", "Effect": "Allow", "Action": "s3:GetObject",
                        "Resource": "arn:aws:s3:::b/originals/${aws:PrincipalTag/UserID}/*"}]}
        """;

    private static string Line(string id, string tag, string key, string? resourcePolicy = null) =>
        new JsonObject
        {
            ["id"] = id,
            ["identityPolicies"] = new JsonArray(JsonNode.Parse(TenantPolicy)),
            ["resourcePolicy"] = resourcePolicy is null ? null : JsonNode.Parse(resourcePolicy),
            ["permissionsBoundary"] = null,
            ["sessionPolicy"] = null,
            ["request"] = new JsonObject
            {
                ["principal"] = $"arn:aws:sts::111122223333:assumed-role/u/{tag}",
                ["action"] = "s3:GetObject",
                ["resource"] = $"arn:aws:s3:::b/{key}",
                ["context"] = new JsonObject
                {
                    ["aws:PrincipalTag/UserID"] = tag,
                    ["dynamodb:LeadingKeys"] = new JsonArray($"USER#{tag}"),
                },
            },
        }.ToJsonString();

    private static (int ExitCode, JsonElement[] Lines, string Error) RunBatch(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"batch-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path, lines);
        try
        {
            var (exitCode, output, error) = CliRunner.Run("policy", "simulate", "--batch", path);
            var parsed = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => JsonDocument.Parse(l).RootElement.Clone())
                .ToArray();
            return (exitCode, parsed, error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Simulate_Batch_AnswersEachLineInOrder()
    {
        var deny = """
            {"Version": "2012-10-17",
             "Statement": {"Sid": "NoAlice2", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                           "Resource": "arn:aws:s3:::b/originals/alice2/*"}}
            """;

        var (exitCode, lines, _) = RunBatch(
            Line("own", "alice", "originals/alice/a.jpg"),
            Line("other", "alice", "originals/alice2/a.jpg"),
            Line("denied", "alice2", "originals/alice2/a.jpg", deny));

        Assert.Equal(0, exitCode);
        Assert.Equal(["own", "other", "denied"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(
            ["Allowed", "ImplicitDeny", "ExplicitDeny"],
            lines.Select(l => l.GetProperty("decision").GetString()));
        Assert.Equal(
            ["identity[0]:Own"],
            lines[0].GetProperty("matchedStatements").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            ["identity[0]:Own", "resource:NoAlice2"],
            lines[2].GetProperty("matchedStatements").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Simulate_BadLine_AnswersWithAnErrorAndGoesOn()
    {
        var (exitCode, lines, error) = RunBatch("not json", Line("ok", "alice", "originals/alice/a.jpg"));

        Assert.Equal(2, exitCode);
        Assert.True(lines[0].TryGetProperty("error", out _));
        Assert.Equal("Allowed", lines[1].GetProperty("decision").GetString());
        Assert.Contains("Line 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_MalformedPolicy_ErrorNamesTheStatement()
    {
        var line = """{"id": "x", "identityPolicies": [{"Version": "2012-10-17", "Statement": """
            + """{"Effect": "Permit", "Action": "s3:*", "Resource": "*"}}], "request": """
            + """{"principal": "p", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"}}""";

        var (_, lines, _) = RunBatch(line);

        Assert.Contains("'Effect'", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_SingleRequestFromOptions_PrintsOneLine()
    {
        var (exitCode, output, _) = CliRunner.Run(
            "policy", "simulate",
            "--policy", TenantPolicy,
            "--principal", "arn:aws:sts::111122223333:assumed-role/u/alice",
            "--action", "s3:GetObject",
            "--resource", "arn:aws:s3:::b/originals/alice/a.jpg",
            "--context", "aws:PrincipalTag/UserID=alice");

        using var document = JsonDocument.Parse(output);
        Assert.Equal(0, exitCode);
        Assert.Equal("Allowed", document.RootElement.GetProperty("decision").GetString());
    }

    [Fact]
    public void Simulate_NoRequest_ExitsTwoWithUsage()
    {
        var (exitCode, _, error) = CliRunner.Run("policy", "simulate", "--action", "s3:GetObject");

        Assert.Equal(2, exitCode);
        Assert.Contains("--batch", error, StringComparison.Ordinal);
    }
}
