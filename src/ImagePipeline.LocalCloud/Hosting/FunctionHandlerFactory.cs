using ImagePipeline.Function.Configuration;
using ImagePipeline.Function.Sessions;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>Creates the function the host runs, given its validated options and its per-tenant clients.</summary>
/// <param name="options">The function's options, read from the template's environment for the local cloud.</param>
/// <param name="clients">Clients acting through per-tenant sessions of the processor role, via the gateway.</param>
/// <param name="loggerFactory">Where the function logs.</param>
public delegate IFunctionHandler FunctionHandlerFactory(
    FunctionOptions options,
    ITenantClients clients,
    ILoggerFactory loggerFactory);
