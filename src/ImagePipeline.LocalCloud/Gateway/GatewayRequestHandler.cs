using System.Security.Cryptography;
using ImagePipeline.LocalCloud.Gateway.Authentication;
using ImagePipeline.LocalCloud.Gateway.Classification;
using ImagePipeline.LocalCloud.Gateway.Responses;
using ImagePipeline.LocalCloud.Gateway.Signing;
using ImagePipeline.LocalCloud.Iam;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>The gateway's one request pipeline: authenticate, classify, authorize, then answer or forward.</summary>
/// <remarks>
/// Every request ends in exactly one audit record, written just before the response starts (or, for a request
/// that never gets one, when the pipeline ends), so a caller holding its reply knows the line exists. An error
/// after the response started (the backend's body breaking off) cannot change what the caller was already
/// told and is logged, not audited. Nothing is forwarded before its signature and every one of its checks pass;
/// anything the pipeline cannot read, classify or evaluate is refused.
/// </remarks>
internal sealed partial class GatewayRequestHandler(GatewayServices services, ILogger logger)
{
    private const int MaxJsonBody = 16 * 1024 * 1024;
    private const int MaxFormBody = 64 * 1024;
    private const int MaxXmlBody = 2 * 1024 * 1024;

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var exchange = new GatewayExchange(
            http, NewRequestId(), TraceIdOf(http.Request), services.Options.Clock.GetUtcNow());
        http.Response.OnStarting(() =>
        {
            // The status and error are final once headers go out, so the line is as true now as at the end.
            WriteAudit(exchange);
            return Task.CompletedTask;
        });
        try
        {
            await ProcessAsync(exchange);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            exchange.Error ??= new GatewayError("RequestAborted", "The caller closed the connection.", 499);
        }
        catch (Exception ex) when (RequestRejectedException.FindIn(ex) is { } rejected)
        {
            LogBodyRejected(logger, exchange.RequestId, rejected.Error.Code, rejected.Error.Message);
            await RefuseAsync(exchange, rejected.Error);
        }
        catch (Exception ex)
        {
            LogFailed(logger, exchange.RequestId, ex);
            await RefuseAsync(exchange, new GatewayError(
                "InternalError", $"The local gateway failed while handling the request: {ex.Message}", 500));
        }
        finally
        {
            WriteAudit(exchange);
        }
    }

    private void WriteAudit(GatewayExchange exchange)
    {
        if (services.Audit is { } audit && exchange.TryClaimAudit())
        {
            audit.Write(exchange.ToAuditRecord());
        }
    }

    private async Task ProcessAsync(GatewayExchange exchange)
    {
        var request = exchange.Http.Request;
        var (rawPath, rawQuery) = RawTarget(exchange.Http);
        var query = AwsUri.ParseQuery(rawQuery);
        var signature = SignatureReader.Read(request, query);
        var service = ServiceRouter.Route(request, signature.Info);
        if (service is null)
        {
            await RefuseAsync(exchange, new GatewayError(
                "InvalidRequest",
                $"The signing scope names the service '{signature.Info!.Service}'; the local gateway fronts " +
                "only s3, dynamodb and sts.",
                400));
            return;
        }

        exchange.Service = service.Value;
        exchange.Region = signature.Info?.Region;
        if (signature.Info is not { } info)
        {
            var failure = signature.IsAnonymous ? AuthFailure.Anonymous : AuthFailure.Malformed;
            var error = ServiceErrors.Authentication(exchange.Service, failure, signature.Problem ?? "");
            await RefuseAsync(exchange, error);
            return;
        }

        var target = new RequestTarget(rawPath, rawQuery, query, info);
        await (exchange.Service switch
        {
            AwsService.DynamoDb => DynamoDbAsync(exchange, target),
            AwsService.Sts => StsAsync(exchange, target),
            _ => S3Async(exchange, target),
        });
    }

    private async Task<IamCredential?> AuthenticateAsync(
        GatewayExchange exchange,
        RequestTarget target,
        string payloadHash,
        Action<byte[]>? keepSigningKey = null)
    {
        var result = services.Authenticator.Authenticate(
            exchange.Http.Request, target.RawPath, target.Query, target.Signature, payloadHash, exchange.Time);
        if (result.Credential is null)
        {
            await RefuseAsync(
                exchange, ServiceErrors.Authentication(exchange.Service, result.Failure!.Value, result.Detail));
            return null;
        }

        exchange.Caller = result.Credential;
        keepSigningKey?.Invoke(result.SigningKey!);
        return result.Credential;
    }

    private async Task<ClassifiedRequest?> AuthorizeAsync(
        GatewayExchange exchange,
        Classification.Classification classification,
        IamCredential caller)
    {
        if (classification.Request is not { } classified)
        {
            exchange.Verdict = AccessVerdict.Refused("because the local gateway cannot classify the request");
            await RefuseAsync(exchange, ServiceErrors.AccessDenied(
                exchange.Service,
                $"User: {caller.PrincipalArn} is not authorized to perform this request: the local gateway " +
                $"cannot classify it ({classification.Problem}), so it is refused rather than forwarded."));
            return null;
        }

        exchange.Operation = classified.Operation;
        var (check, verdict) = services.Enforcer.Enforce(caller, classified.Checks, GlobalKeys(exchange, caller));
        exchange.Action = check.Action;
        exchange.Resource = check.Resource;
        exchange.Verdict = verdict;
        if (verdict.IsAllowed)
        {
            exchange.AlsoAuthorized = AccessEnforcer.FurtherActions(classified.Checks);
            return classified;
        }

        await RefuseAsync(exchange, ServiceErrors.AccessDenied(
            exchange.Service, AccessEnforcer.DenialMessage(caller, check, verdict)));
        return null;
    }

    private Dictionary<string, IReadOnlyList<string>> GlobalKeys(GatewayExchange exchange, IamCredential caller) =>
        GlobalConditionKeys.For(
            caller,
            exchange.SourceIp,
            exchange.Http.Request.IsHttps || services.Options.LoopbackIsSecureTransport,
            exchange.Region ?? services.Options.Region,
            exchange.Time);

    private async Task RefuseAsync(GatewayExchange exchange, GatewayError error)
    {
        exchange.Error = error;
        LogRefused(logger, exchange.RequestId, exchange.Operation, error.Code, error.Message);
        await ErrorResponseWriter.WriteAsync(exchange.Http, exchange.Service, error, exchange.RequestId);
    }

    private static (string Path, string Query) RawTarget(HttpContext http)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "/";
        var question = raw.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? (raw, string.Empty) : (raw[..question], raw[(question + 1)..]);
    }

    private static string NewRequestId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(8));

    private string TraceIdOf(HttpRequest request)
    {
        var sent = request.Headers["X-Amzn-Trace-Id"].ToString();
        if (sent.Length > 0)
        {
            return sent;
        }

        var epoch = services.Options.Clock.GetUtcNow().ToUnixTimeSeconds();
        return $"Root=1-{epoch:x8}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}";
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information,
        Message = "Request {RequestId} ({Operation}) refused: {Code}: {Reason}")]
    private static partial void LogRefused(
        ILogger logger,
        string requestId,
        string operation,
        string code,
        string reason);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning,
        Message = "Request {RequestId} body rejected while streaming: {Code}: {Reason}")]
    private static partial void LogBodyRejected(ILogger logger, string requestId, string code, string reason);

    [LoggerMessage(EventId = 202, Level = LogLevel.Error, Message = "Request {RequestId} failed in the gateway")]
    private static partial void LogFailed(ILogger logger, string requestId, Exception exception);
}
