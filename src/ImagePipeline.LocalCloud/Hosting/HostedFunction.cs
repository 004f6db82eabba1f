using ImagePipeline.Core.Imaging;
using ImagePipeline.Function.Configuration;
using ImagePipeline.Function.Processing;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>Configures the template's function for the local cloud and starts its host.</summary>
internal static class HostedFunction
{
    /// <summary>Reads the function's options from the template's environment, pointed at the gateway.</summary>
    /// <remarks>
    /// The function runs with the execution role's credentials, issued as Lambda issues them; its STS, S3 and
    /// DynamoDB clients all talk to the gateway, so the processor role's policy is enforced on every call.
    /// </remarks>
    public static FunctionHost Start(LocalCloudParts parts, LocalCloudOptions options, ILoggerFactory loggerFactory)
    {
        var function = parts.Resources!.Function;
        var gateway = parts.Gateway!;
        var environment = new Dictionary<string, string>(function.Environment, StringComparer.Ordinal)
        {
            [FunctionOptions.RegionVariable] = options.Region,
            [FunctionOptions.EndpointVariable] = gateway.Endpoint.ToString(),
        };
        if (options.EngineName is { } engine)
        {
            environment[FunctionOptions.EngineVariable] = engine;
        }

        var functionOptions = FunctionOptions.FromEnvironment(name => environment.GetValueOrDefault(name)) with
        {
            Credentials = new ExecutionRoleCredentials(gateway.Sessions, function.RoleArn, function.FunctionName),
        };
        var clients = ResizeFunctionFactory.CreateTenantClients(functionOptions);
        parts.TenantClients = clients;
        var handler = options.HandlerFactory?.Invoke(functionOptions, clients, loggerFactory)
            ?? new ResizeFunctionHandler(new ResizeFunction(
                clients,
                ImageEngines.Create(functionOptions.EngineName ?? ImageEngines.DefaultName),
                new ResizeFunctionSettings { TableName = functionOptions.TableName },
                loggerFactory));
        return new FunctionHost(
            parts.Dispatcher!.Pending,
            handler,
            parts.DeadLetters!,
            options.FunctionHost,
            loggerFactory.CreateLogger<FunctionHost>());
    }
}
