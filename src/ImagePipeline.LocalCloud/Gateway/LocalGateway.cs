using System.Net;
using ImagePipeline.LocalCloud.Gateway.Authentication;
using ImagePipeline.LocalCloud.Gateway.Classification;
using ImagePipeline.LocalCloud.Gateway.Forwarding;
using ImagePipeline.LocalCloud.Gateway.Sts;
using ImagePipeline.LocalCloud.Iam;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>The IAM-enforcing gateway: one loopback endpoint for S3, DynamoDB and STS in front of a backend.</summary>
/// <remarks>
/// Point any AWS client at <see cref="Endpoint"/> (<c>--endpoint-url</c>, <c>ServiceURL</c>). Every request is
/// authenticated with SigV4, classified, authorized against <see cref="Registry"/> and then forwarded to the
/// backend re-signed with the backend's credentials, or refused with the error AWS would give.
/// </remarks>
public sealed partial class LocalGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpMessageInvoker _client;
    private readonly ILogger _logger;
    private int _stopped;

    private LocalGateway(WebApplication app, HttpMessageInvoker client, LocalGatewayOptions options, ILogger logger)
    {
        _app = app;
        _client = client;
        _logger = logger;
        Registry = options.Registry;
        Sessions = new RoleSessionIssuer(options.Registry, options.Clock);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        var bound = new Uri(addresses.Addresses.First());
        Endpoint = new Uri($"http://127.0.0.1:{bound.Port}");
    }

    /// <summary>The gateway's address, for example <c>http://127.0.0.1:45123</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The IAM state the gateway enforces.</summary>
    public IamRegistry Registry { get; }

    /// <summary>Issues role sessions directly, as the Lambda service does for a function's execution role.</summary>
    public RoleSessionIssuer Sessions { get; }

    /// <summary>Starts the gateway on a loopback port and returns once it accepts connections.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message says which and how to fix it.</exception>
    public static async Task<LocalGateway> StartAsync(
        LocalGatewayOptions options,
        CancellationToken cancellationToken = default)
    {
        if (options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var logger = loggerFactory.CreateLogger<LocalGateway>();
        var client = new HttpMessageInvoker(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        });

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        var handler = new GatewayRequestHandler(BuildServices(options, client), logger);
        app.Run(handler.HandleAsync);
        await app.StartAsync(cancellationToken);

        var gateway = new LocalGateway(app, client, options, logger);
        LogStarted(logger, gateway.Endpoint, options.BackendEndpoint);
        return gateway;
    }

    /// <summary>Stops accepting requests, lets those in flight finish briefly, and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(grace.Token);
        }

        await _app.DisposeAsync();
        _client.Dispose();
        LogStopped(_logger, Endpoint);
    }

    private static GatewayServices BuildServices(LocalGatewayOptions options, HttpMessageInvoker client)
    {
        var registry = options.Registry;
        var signer = new BackendSigner(options.BackendAccessKeyId, options.BackendSecretAccessKey, options.Region);
        var schemas = new BackendTableSchemas(client, options.BackendEndpoint, signer, options.Clock);
        var enforcer = new AccessEnforcer(options.Authorizer ?? new PolicyAuthorizer(registry), registry);
        return new GatewayServices(
            options,
            new RequestAuthenticator(registry, options.MaxClockSkew),
            enforcer,
            new DynamoDbRequestClassifier(schemas, options.Region, registry.Account),
            schemas,
            new BackendForwarder(client, options.BackendEndpoint, signer),
            new StsHandler(registry, new RoleSessionIssuer(registry, options.Clock), enforcer),
            options.AuditSink);
    }

    [LoggerMessage(EventId = 190, Level = LogLevel.Information,
        Message = "Gateway listening on {Endpoint}, enforcing IAM in front of {Backend}")]
    private static partial void LogStarted(ILogger logger, Uri endpoint, Uri backend);

    [LoggerMessage(EventId = 191, Level = LogLevel.Debug, Message = "Gateway on {Endpoint} stopped")]
    private static partial void LogStopped(ILogger logger, Uri endpoint);
}
