using Amazon.Runtime;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.LocalCloud.Audit;
using ImagePipeline.LocalCloud.Emulator;
using ImagePipeline.LocalCloud.Gateway;
using ImagePipeline.LocalCloud.Iam;
using ImagePipeline.LocalCloud.Notifications;
using ImagePipeline.LocalCloud.Provisioning;
using ImagePipeline.Policies.Templates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>The whole local cloud: moto, the IAM-enforcing gateway and the function host, from the template.</summary>
/// <remarks>
/// The one way to bring the local cloud up, used by <c>imagepipeline up</c>, the demo and the integration tests.
/// Start-up: (1) start moto, (2) start the gateway with the audit trail and the notification dispatcher,
/// (3) provision the template, (4) start the function host with the execution role's credentials.
/// Disposal stops them in reverse order, draining queued events first.
/// </remarks>
public sealed partial class LocalCloudHost : IAsyncDisposable
{
    private static readonly BasicAWSCredentials BackendCredentials = new("test", "test");

    private readonly LocalCloudParts _parts;
    private readonly ILogger _logger;
    private int _stopped;

    private LocalCloudHost(LocalCloudParts parts, LocalCloudOptions options, ILogger logger)
    {
        _parts = parts;
        _logger = logger;
        Options = options;
    }

    /// <summary>The options the cloud was started with.</summary>
    public LocalCloudOptions Options { get; }

    /// <summary>The gateway's endpoint: point every AWS client here.</summary>
    public Uri Endpoint => Gateway.Endpoint;

    /// <summary>The backend's endpoint, for provisioning and for checks that must bypass IAM.</summary>
    public Uri BackendEndpoint => _parts.Moto!.Endpoint;

    /// <summary>The region the local cloud plays.</summary>
    public string Region => Options.Region;

    /// <summary>The gateway.</summary>
    public LocalGateway Gateway => _parts.Gateway!;

    /// <summary>What was provisioned from the template.</summary>
    public ProvisionedResources Resources => _parts.Resources!;

    /// <summary>The notification dispatcher, with counts of the events it saw and queued.</summary>
    public NotificationDispatcher Notifications => _parts.Dispatcher!;

    /// <summary>The function host, with counts of invocations and dead letters.</summary>
    public FunctionHost Functions => _parts.FunctionHost!;

    /// <summary>The audit file's full path.</summary>
    public string AuditPath => _parts.Audit!.Path;

    /// <summary>The dead-letter file's full path.</summary>
    public string DeadLetterPath => _parts.DeadLetters!.Path;

    /// <summary>The broker's credentials, for an SDK client.</summary>
    public AWSCredentials BrokerCredentials =>
        new BasicAWSCredentials(Resources.Broker.AccessKeyId, Resources.Broker.SecretAccessKey);

    /// <summary>Starts and provisions the local cloud; on failure, stops whatever had started.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message says which and how to fix it.</exception>
    /// <exception cref="EmulatorSetupException">moto could not be found, installed or started.</exception>
    /// <exception cref="TemplateException">The template cannot be resolved.</exception>
    public static async Task<LocalCloudHost> StartAsync(LocalCloudOptions options, CancellationToken cancellationToken)
    {
        if (options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var template = TemplateReader.Load(options.TemplatePath, options.TemplateParameters);
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var logger = loggerFactory.CreateLogger<LocalCloudHost>();
        var parts = new LocalCloudParts();
        try
        {
            await StartPartsAsync(parts, template, options, loggerFactory, cancellationToken);
        }
        catch
        {
            await parts.StopAsync(TimeSpan.Zero);
            throw;
        }

        var host = new LocalCloudHost(parts, options, logger);
        LogStarted(logger, host.Endpoint, host.Resources.BucketName, host.Resources.TableName);
        return host;
    }

    /// <summary>Issues a tenant user session through the gateway's STS, as the broker.</summary>
    public Task<TenantUserSession> TenantUserSessionAsync(TenantId tenant, CancellationToken cancellationToken) =>
        TenantUserBroker.AssumeAsync(
            Endpoint, Region, BrokerCredentials, Resources.TenantUserRoleArn, tenant, cancellationToken);

    /// <summary>Waits until every queued event has been handled or dead-lettered.</summary>
    public async Task WaitUntilIdleAsync(CancellationToken cancellationToken)
    {
        while (!Functions.IsIdle)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }

    /// <summary>Drains queued events (briefly), then stops the function host, the gateway and moto.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _parts.StopAsync(TimeSpan.FromSeconds(10));
        LogStopped(_logger, _parts.DataDirectory ?? string.Empty);
    }

    private static async Task StartPartsAsync(
        LocalCloudParts parts,
        ResolvedTemplate template,
        LocalCloudOptions options,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var data = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(data);
        parts.DataDirectory = data;
        parts.Moto = await MotoServer.StartAsync(loggerFactory.CreateLogger<MotoServer>(), cancellationToken);
        parts.Audit = new FileAuditSink(Path.Combine(data, LocalCloudOptions.AuditFileName));
        parts.DeadLetters = new DeadLetterFile(Path.Combine(data, LocalCloudOptions.DeadLetterFileName));
        parts.Dispatcher = new NotificationDispatcher(
            options.Region, logger: loggerFactory.CreateLogger<NotificationDispatcher>());
        var registry = new IamRegistry(options.Account);
        parts.Gateway = await LocalGateway.StartAsync(
            new LocalGatewayOptions
            {
                BackendEndpoint = parts.Moto.Endpoint,
                Registry = registry,
                Region = options.Region,
                Port = options.Port,
                AuditSink = parts.Audit,
                OnObjectCreated = parts.Dispatcher.OnObjectCreatedAsync,
                LoggerFactory = loggerFactory,
            },
            cancellationToken);
        parts.Resources = await TemplateProvisioner.ProvisionAsync(
            template,
            registry,
            parts.Moto.Endpoint,
            BackendCredentials,
            options.PermissionsBoundaries,
            cancellationToken);
        parts.Dispatcher.Configure(parts.Resources.BucketName, parts.Resources.Notifications);
        parts.FunctionHost = HostedFunction.Start(parts, options, loggerFactory);
    }

    [LoggerMessage(EventId = 320, Level = LogLevel.Information,
        Message = "Local cloud up on {Endpoint} with bucket {Bucket} and table {Table}")]
    private static partial void LogStarted(ILogger logger, Uri endpoint, string bucket, string table);

    [LoggerMessage(EventId = 321, Level = LogLevel.Information,
        Message = "Local cloud stopped; its records are in {Data}")]
    private static partial void LogStopped(ILogger logger, string data);
}
