using System.Text.Json;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using ImagePipeline.Cli.Commands;
using ImagePipeline.LocalCloud.Hosting;
using Spectre.Console;

namespace ImagePipeline.IntegrationTests.EndToEnd;

/// <summary><c>imagepipeline up</c> and <c>imagepipeline creds</c> together, in-process, on a free port.</summary>
public sealed class UpAndCredsTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"up-{Guid.NewGuid():N}");

    [Fact]
    public async Task Creds_WhileUpRuns_PrintsTenantSessionThatWorksThroughTheGateway()
    {
        var ct = TestContext.Current.CancellationToken;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var banner = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(banner) });
        var up = UpCommand.RunAsync(
            console,
            new LocalCloudOptions { TemplatePath = TemplateFile.Path, DataDirectory = _data, Port = 0 },
            verbose: false,
            stop.Token);
        LocalCloudState? state;
        while (!LocalCloudStateFile.TryRead(_data, out state, out _))
        {
            Assert.False(up.IsCompleted, $"up ended early: {banner}");
            await Task.Delay(100, ct);
        }

        var (exit, output, _) = await CredsAsync("alice", "json", ct);
        using var json = JsonDocument.Parse(output);
        var credentials = new SessionAWSCredentials(
            json.RootElement.GetProperty("AccessKeyId").GetString(),
            json.RootElement.GetProperty("SecretAccessKey").GetString(),
            json.RootElement.GetProperty("SessionToken").GetString());
        using var sts = new AmazonSecurityTokenServiceClient(
            credentials, new AmazonSecurityTokenServiceConfig { ServiceURL = state.Endpoint.ToString() });
        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), ct);
        using var s3 = new AmazonS3Client(
            credentials, new AmazonS3Config { ServiceURL = state.Endpoint.ToString(), ForcePathStyle = true });
        await s3.PutObjectAsync(
            new PutObjectRequest { BucketName = state.BucketName, Key = "originals/alice/a.txt", ContentBody = "hi" },
            ct);
        var (_, env, _) = await CredsAsync("alice", "env", ct);
        var (_, profile, _) = await CredsAsync("alice", "profile", ct);
        await stop.CancelAsync();
        var upExit = await up;
        var (afterExit, _, afterError) = await CredsAsync("alice", "env", ct);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1, json.RootElement.GetProperty("Version").GetInt32());
        Assert.EndsWith(":assumed-role/imagepipeline-tenant-user/user-alice", identity.Arn, StringComparison.Ordinal);
        Assert.Contains(state.Endpoint.ToString().TrimEnd('/'), banner.ToString(), StringComparison.Ordinal);
        var endpoint = state.Endpoint.ToString().TrimEnd('/');
        Assert.Contains($"export AWS_ENDPOINT_URL={endpoint}\n", env, StringComparison.Ordinal);
        Assert.Matches(@"export AWS_SESSION_TOKEN='[A-Za-z0-9+/=]+'\n", env);
        Assert.StartsWith("[imagepipeline-alice]\naws_access_key_id = ASIA", profile, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, upExit);
        Assert.Equal(ExitCodes.UsageError, afterExit);
        Assert.Contains($"imagepipeline up --data {_data}", afterError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creds_InvalidTenant_UsageErrorNamingTheValue()
    {
        var (exit, output, error) = await CredsAsync("Alice/../bob", "env", TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Empty(output);
        Assert.Contains("--tenant", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private async Task<(int Exit, string Output, string Error)> CredsAsync(
        string tenant,
        string format,
        CancellationToken ct)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CredsCommand.RunAsync(tenant, format, _data, output, error, ct);
        return (exit, output.ToString(), error.ToString());
    }
}
