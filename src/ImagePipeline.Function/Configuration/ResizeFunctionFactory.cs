using ImagePipeline.Core.Imaging;
using ImagePipeline.Function.Processing;
using ImagePipeline.Function.Sessions;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.Function.Configuration;

/// <summary>Assembles a <see cref="ResizeFunction"/> from validated options.</summary>
public static class ResizeFunctionFactory
{
    /// <summary>Creates the tenant clients the options call for: shared clients, or STS sessions per tenant.</summary>
    public static ITenantClients CreateTenantClients(FunctionOptions options, TimeProvider? time = null)
    {
        var aws = new AwsClientFactory(options);
        if (options.ProcessorRoleArn is not { } roleArn)
        {
            return new SharedTenantClients(new TenantClients(aws.CreateS3(null), aws.CreateDynamoDb(null)));
        }

        var issuer = new StsTenantSessionIssuer(aws.CreateSts(), roleArn);
        return new StsTenantClients(
            issuer,
            credentials => new TenantClients(aws.CreateS3(credentials), aws.CreateDynamoDb(credentials)),
            time);
    }

    /// <summary>Creates the handler for the options, with the engine they name (or the default engine).</summary>
    public static ResizeFunction Create(
        FunctionOptions options,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? time = null) =>
        Create(options, ImageEngines.Create(options.EngineName ?? ImageEngines.DefaultName), loggerFactory, time);

    /// <summary>Creates the handler for the options, with the given engine.</summary>
    public static ResizeFunction Create(
        FunctionOptions options,
        IImageEngine engine,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? time = null) =>
        new(
            CreateTenantClients(options, time),
            engine,
            new ResizeFunctionSettings { TableName = options.TableName },
            loggerFactory,
            time);
}
