using System.CommandLine;
using Amazon.Runtime;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.LocalCloud.Hosting;

namespace ImagePipeline.Cli.Commands;

/// <summary><c>imagepipeline creds</c>: a tenant user session from the running local cloud's broker.</summary>
internal static class CredsCommand
{
    /// <summary>Creates the command, writing to the standard streams.</summary>
    public static Command Create() => Create(Console.Out, Console.Error);

    /// <summary>Creates the command, writing to the given streams.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var tenant = new Option<string>("--tenant")
        {
            Description = "The tenant id the session is tagged with (UserID).",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "How to print the credentials: env (shell exports), json (credential_process JSON) " +
                "or profile (a credentials-file section).",
            DefaultValueFactory = _ => CredsFormatter.Env,
        };
        format.AcceptOnlyFromAmong(CredsFormatter.Env, CredsFormatter.Json, CredsFormatter.Profile);
        var data = UpCommand.DataOption();

        var command = new Command(
            "creds",
            "Print credentials of a tenant user session, issued by the broker through the gateway's STS " +
            "(AssumeRole on the tenant user role, tagged UserID). Needs a running 'imagepipeline up'.");
        command.Options.Add(tenant);
        command.Options.Add(format);
        command.Options.Add(data);
        command.SetAction((parseResult, ct) => RunAsync(
            parseResult.GetValue(tenant)!,
            parseResult.GetValue(format)!,
            parseResult.GetValue(data)!,
            output,
            error,
            ct));
        return command;
    }

    /// <summary>Issues the session and prints it; returns the exit code.</summary>
    internal static async Task<int> RunAsync(
        string tenantText,
        string format,
        string dataDirectory,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        if (!TenantId.TryParse(tenantText, out var tenant, out var tenantError))
        {
            await error.WriteLineAsync($"--tenant: {tenantError}");
            return ExitCodes.UsageError;
        }

        if (!LocalCloudStateFile.TryRead(dataDirectory, out var state, out var stateError))
        {
            await error.WriteLineAsync(stateError);
            return ExitCodes.UsageError;
        }

        var (session, exitCode) = await TryAssumeAsync(state, tenant, dataDirectory, error, cancellationToken);
        if (session is null)
        {
            return exitCode;
        }

        await output.WriteAsync(CredsFormatter.Format(format, session, state));
        return ExitCodes.Success;
    }

    /// <summary>Asks the broker for the tenant's session; on failure, reports why and returns the exit code.</summary>
    private static async Task<(TenantUserSession? Session, int ExitCode)> TryAssumeAsync(
        LocalCloudState state,
        TenantId tenant,
        string dataDirectory,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        try
        {
            var session = await TenantUserBroker.AssumeAsync(
                state.Endpoint,
                state.Region,
                new BasicAWSCredentials(state.BrokerAccessKeyId, state.BrokerSecretAccessKey),
                state.TenantUserRoleArn,
                tenant,
                cancellationToken);
            return (session, ExitCodes.Success);
        }
        catch (HttpRequestException ex)
        {
            await error.WriteLineAsync(
                $"The local cloud at {state.Endpoint} does not answer ({ex.Message}); restart " +
                $"'imagepipeline up --data {dataDirectory}'.");
            return (null, ExitCodes.UsageError);
        }
        catch (AmazonServiceException ex)
        {
            await error.WriteLineAsync($"The gateway's STS refused the session ({ex.ErrorCode}): {ex.Message}");
            return (null, ExitCodes.Failed);
        }
    }
}
