using System.Diagnostics;
using Amazon.Runtime;

namespace ImagePipeline.IntegrationTests.Gateway;

/// <summary>Runs the real AWS CLI against the gateway with credentials from the environment only.</summary>
internal static class AwsCli
{
    public static bool IsInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator)
        .Any(folder => File.Exists(Path.Combine(folder, "aws")));

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        Uri endpoint,
        ImmutableCredentials credentials,
        CancellationToken ct,
        params string[] arguments)
    {
        var start = new ProcessStartInfo("aws")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--endpoint-url");
        start.ArgumentList.Add(endpoint.ToString().TrimEnd('/'));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var nowhere = Path.Combine(Path.GetTempPath(), "no-aws-config-" + Guid.NewGuid().ToString("N"));
        start.Environment["AWS_CONFIG_FILE"] = nowhere;
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = nowhere;
        start.Environment["AWS_ACCESS_KEY_ID"] = credentials.AccessKey;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = credentials.SecretKey;
        start.Environment["AWS_SESSION_TOKEN"] = credentials.Token;
        start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        start.Environment["AWS_MAX_ATTEMPTS"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await output, await error);
    }
}
