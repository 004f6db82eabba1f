using System.Text.Json;

namespace ImagePipeline.Cli.Tests;

public class PolicyVerifyCommandTests
{
    [Fact]
    public void Verify_ProjectTemplate_ExitsZeroAndPrintsTheMatrix()
    {
        var (exitCode, output, _) = CliRunner.Run("policy", "verify", "--template", CliRunner.TemplatePath);

        Assert.Equal(0, exitCode);
        Assert.Contains("tenant processor", output, StringComparison.Ordinal);
        Assert.Contains("Isolation holds", output, StringComparison.Ordinal);
        Assert.DoesNotContain("COUNTEREXAMPLE", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_WeakenedTemplate_ExitsOneNamingACounterexample()
    {
        var path = Path.Combine(Path.GetTempPath(), $"weakened-{Guid.NewGuid():N}.yaml");
        var text = File.ReadAllText(CliRunner.TemplatePath);
        var weakened = text.Replace(
            "${!aws:PrincipalTag/UserID}/*",
            "${!aws:PrincipalTag/UserID}*",
            StringComparison.Ordinal);
        Assert.NotEqual(text, weakened);
        File.WriteAllText(path, weakened);
        try
        {
            var (exitCode, output, _) = CliRunner.Run("policy", "verify", "--template", path);

            Assert.Equal(1, exitCode);
            Assert.Contains("COUNTEREXAMPLE tenant user", output, StringComparison.Ordinal);
            Assert.Contains(
                "originals/alice2/photo.jpg must be denied but was Allowed",
                output,
                StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Verify_Json_ReportsMatrixAndPassed()
    {
        var (exitCode, output, _) = CliRunner.Run("policy", "verify", "--template", CliRunner.TemplatePath, "--json");

        using var document = JsonDocument.Parse(output);
        Assert.Equal(0, exitCode);
        Assert.True(document.RootElement.GetProperty("passed").GetBoolean());
        Assert.True(document.RootElement.GetProperty("checks").GetInt32() > 1000);
        Assert.Equal(0, document.RootElement.GetProperty("counterexamples").GetArrayLength());
        Assert.Contains(
            document.RootElement.GetProperty("matrix").EnumerateArray(),
            row => row.GetProperty("principal").GetString() == "broker");
    }

    [Fact]
    public void Verify_JsonOnWeakenedTemplate_CounterexamplesCarryEveryField()
    {
        var path = Path.Combine(Path.GetTempPath(), $"weakened-{Guid.NewGuid():N}.yaml");
        var text = File.ReadAllText(CliRunner.TemplatePath);
        var weakened = text.Replace("AWS: !Ref BrokerPrincipalArn", "AWS: \"*\"", StringComparison.Ordinal);
        Assert.NotEqual(text, weakened);
        File.WriteAllText(path, weakened);
        try
        {
            var (exitCode, output, _) = CliRunner.Run("policy", "verify", "--template", path, "--json");

            using var document = JsonDocument.Parse(output);
            Assert.Equal(1, exitCode);
            var first = document.RootElement.GetProperty("counterexamples")[0];
            Assert.Equal("sts:AssumeRole", first.GetProperty("action").GetString());
            Assert.StartsWith("arn:aws:sts::", first.GetProperty("principal").GetString(), StringComparison.Ordinal);
            Assert.EndsWith("-tenant-user", first.GetProperty("resource").GetString(), StringComparison.Ordinal);
            Assert.True(first.GetProperty("context").TryGetProperty("aws:RequestTag/UserID", out _));
            Assert.NotEqual(0, first.GetProperty("matchedStatements").GetArrayLength());
            Assert.Contains(
                document.RootElement.GetProperty("warnings").EnumerateArray(),
                w => w.GetString()!.Contains("any principal", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Verify_MissingTemplate_ExitsTwoNamingThePath()
    {
        var (exitCode, _, error) = CliRunner.Run("policy", "verify", "--template", "no/such/template.yaml");

        Assert.Equal(2, exitCode);
        Assert.Contains("no/such/template.yaml", error, StringComparison.Ordinal);
    }
}
