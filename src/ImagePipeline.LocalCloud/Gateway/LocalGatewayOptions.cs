using ImagePipeline.LocalCloud.Audit;
using ImagePipeline.LocalCloud.Iam;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>How to start a <see cref="LocalGateway"/>; validated at start-up.</summary>
public sealed record LocalGatewayOptions
{
    /// <summary>The backend the gateway forwards to, for example the moto server's endpoint.</summary>
    public required Uri BackendEndpoint { get; init; }

    /// <summary>The IAM state to enforce; share it with provisioning and the function host.</summary>
    public required IamRegistry Registry { get; init; }

    /// <summary>The authorizer; null uses a <see cref="PolicyAuthorizer"/> over <see cref="Registry"/>.</summary>
    public IRequestAuthorizer? Authorizer { get; init; }

    /// <summary>The access key id the gateway signs forwarded requests with.</summary>
    public string BackendAccessKeyId { get; init; } = "test";

    /// <summary>The secret the gateway signs forwarded requests with.</summary>
    public string BackendSecretAccessKey { get; init; } = "test";

    /// <summary>The region the local cloud plays.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>How far a request's <c>X-Amz-Date</c> may be from the gateway's clock; AWS allows 15 minutes.</summary>
    public TimeSpan MaxClockSkew { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The value of <c>aws:SecureTransport</c> for plain-HTTP requests to the loopback port.</summary>
    /// <remarks>
    /// AWS endpoints only speak TLS, so requests that AWS evaluates always carry <c>true</c>; the gateway's
    /// plain-HTTP loopback port stands in for that TLS endpoint, hence the default. Set it to false to watch a
    /// TLS-only bucket policy refuse insecure requests.
    /// </remarks>
    public bool LoopbackIsSecureTransport { get; init; } = true;

    /// <summary>Where audit records go; null keeps none.</summary>
    public IAuditSink? AuditSink { get; init; }

    /// <summary>Called after each successful forwarded PutObject, CopyObject or CompleteMultipartUpload.</summary>
    /// <remarks>
    /// Runs after the response has been completed, whether or not the writer stays connected; an exception is
    /// logged and does not reach the writer. Keep it quick (queue the work): requests wait for it to return.
    /// </remarks>
    public Func<ObjectCreatedEvent, CancellationToken, ValueTask>? OnObjectCreated { get; init; }

    /// <summary>The clock used for signatures, sessions and audit times.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Where the gateway logs; null logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>The first setting that is wrong, with how to fix it, or null when all are usable.</summary>
    public string? Validate()
    {
        if (!BackendEndpoint.IsAbsoluteUri || BackendEndpoint.Scheme is not ("http" or "https"))
        {
            return $"BackendEndpoint '{BackendEndpoint}' must be an absolute http or https URI.";
        }

        if (Port is < 0 or > 65535)
        {
            return $"Port {Port} is not a TCP port; use 0 for a free port or 1-65535.";
        }

        if (MaxClockSkew <= TimeSpan.Zero)
        {
            return $"MaxClockSkew {MaxClockSkew} must be positive; AWS uses 15 minutes.";
        }

        return string.IsNullOrEmpty(BackendAccessKeyId) || string.IsNullOrEmpty(BackendSecretAccessKey)
            ? "BackendAccessKeyId and BackendSecretAccessKey must be set (moto accepts any, such as 'test')."
            : null;
    }
}
