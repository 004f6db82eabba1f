using System.CommandLine;
using ImagePipeline.Cli.Commands;
using ImagePipeline.LocalCloud.Audit;

namespace ImagePipeline.IntegrationTests.Gateway;

public sealed class AuditCommandTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}.jsonl");

    public AuditCommandTests()
    {
        using var sink = new FileAuditSink(_path);
        sink.Write(Record("alice", "arn:aws:s3:::b/originals/alice/a.jpg", "Allowed", 200));
        sink.Write(Record("alice", "arn:aws:s3:::b/originals/bob/a.jpg", "ImplicitDeny", 403));
        sink.Write(Record("bob", "arn:aws:s3:::b/originals/bob/b.jpg", "ImplicitDeny", 403));
    }

    public void Dispose() => File.Delete(_path);

    private static AuditRecord Record(string tenant, string resource, string decision, int status) => new()
    {
        EventTime = DateTimeOffset.UtcNow,
        EventSource = "s3.amazonaws.com",
        EventName = "GetObject",
        RequestId = Guid.NewGuid().ToString("N"),
        UserIdentity = new AuditIdentity
        {
            Type = "AssumedRole",
            PrincipalId = "AROA:x",
            Arn = $"arn:aws:sts::123456789012:assumed-role/tenant-user/user-{tenant}",
            AccountId = "123456789012",
            AccessKeyId = "ASIA",
            SessionTags = new Dictionary<string, string> { ["UserID"] = tenant },
        },
        Action = "s3:GetObject",
        Resource = resource,
        Decision = decision,
        HttpStatus = status,
    };

    private (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { AuditCommand.Create() };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var exit = root.Parse(["audit", .. arguments]).Invoke(configuration);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Audit_TenantAndDecisionFilters_ShowOnlyMatchingRecords()
    {
        var (exit, output, _) = Run("--file", _path, "--tenant", "alice", "--decision", "ImplicitDeny", "--json");

        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, exit);
        Assert.Contains("originals/bob/a.jpg", line, StringComparison.Ordinal);
        Assert.Contains("user-alice", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_Table_ListsEveryRecordWithItsDecision()
    {
        var (exit, output, _) = Run("--file", _path);

        Assert.Equal(0, exit);
        Assert.Contains("3 requests", output, StringComparison.Ordinal);
        Assert.Contains("Allowed", output, StringComparison.Ordinal);
        Assert.Contains("ImplicitDeny", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--decision", "Maybe")]
    [InlineData("--file", "no-such-audit.jsonl")]
    public void Audit_BadArguments_UsageErrorNamingTheValue(string option, string value)
    {
        var arguments = option == "--file" ? new[] { option, value } : ["--file", _path, option, value];

        var (exit, _, error) = Run(arguments);

        Assert.Equal(2, exit);
        Assert.Contains(value, error, StringComparison.Ordinal);
    }
}
