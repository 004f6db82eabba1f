using System.Text;
using ImagePipeline.LocalCloud.Gateway.Classification;
using ImagePipeline.LocalCloud.Gateway.Forwarding;
using ImagePipeline.LocalCloud.Gateway.Signing;
using ImagePipeline.Policies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>The S3 branch of the pipeline: bodies stream through, checked as they pass.</summary>
internal sealed partial class GatewayRequestHandler
{
    private static readonly HashSet<string> PresignParameters = new(StringComparer.Ordinal)
    {
        "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders",
        "X-Amz-Signature", "X-Amz-Security-Token", "X-Amz-Content-Sha256",
    };

    private async Task S3Async(GatewayExchange exchange, RequestTarget target)
    {
        var request = exchange.Http.Request;
        var facts = S3Facts(request, target);
        var payloadHash = S3PayloadHash(request, target);
        if (payloadHash is null)
        {
            await RefuseAsync(exchange, new GatewayError(
                "InvalidRequest", "Missing required header for this request: x-amz-content-sha256.", 400));
            return;
        }

        byte[]? smallBody = null;
        if (facts.NeedsBody)
        {
            smallBody = await ReadSmallS3BodyAsync(exchange, facts, payloadHash);
            if (smallBody is null)
            {
                return;
            }

            facts = facts with { Body = smallBody };
        }

        byte[] signingKey = [];
        if (await AuthenticateAsync(exchange, target, payloadHash, key => signingKey = key) is not { } caller
            || await AuthorizeAsync(exchange, S3RequestClassifier.Classify(facts), caller) is not { } classified)
        {
            return;
        }

        if (UploadProblem(facts, classified) is { } uploadProblem)
        {
            await RefuseAsync(exchange, new GatewayError("NoSuchUpload", uploadProblem, 404));
            return;
        }

        await ForwardS3Async(exchange, target, facts.Target, classified, smallBody, (payloadHash, signingKey));
    }

    private static S3RequestFacts S3Facts(HttpRequest request, RequestTarget target) =>
        new(
            request.Method,
            S3Target.Parse(request.Host.Value ?? string.Empty, target.RawPath),
            target.Query,
            name => request.Headers.TryGetValue(name, out var value) ? value.ToString() : null);

    /// <summary>Reads the small body classification needs, or refuses the request and returns null.</summary>
    private async Task<byte[]?> ReadSmallS3BodyAsync(GatewayExchange exchange, S3RequestFacts facts, string payloadHash)
    {
        var smallBody = await RequestBodies.ReadCappedAsync(
            exchange.Http.Request, MaxXmlBody, exchange.Http.RequestAborted);
        if (smallBody is null || !SmallBodyMatches(smallBody, payloadHash))
        {
            await RefuseAsync(exchange, smallBody is null
                ? RequestBodies.TooLarge(AwsService.S3, MaxXmlBody)
                : new GatewayError(
                    "XAmzContentSHA256Mismatch",
                    $"The body does not match x-amz-content-sha256 '{payloadHash}'; send the body's " +
                    "hex SHA-256 or UNSIGNED-PAYLOAD, not a streaming payload.",
                    400));
            return null;
        }

        if (BucketPolicyProblem(facts with { Body = smallBody }) is { } malformed)
        {
            await RefuseAsync(exchange, malformed);
            return null;
        }

        return smallBody;
    }

    private async Task ForwardS3Async(
        GatewayExchange exchange,
        RequestTarget target,
        S3Target s3Target,
        ClassifiedRequest classified,
        byte[]? smallBody,
        (string PayloadHash, byte[] SigningKey) signing)
    {
        var request = exchange.Http.Request;
        GatewayError? problem = null;
        var source = new InvitedRequestBody(request.Body);
        var body = smallBody is not null
            ? new ByteArrayContent(smallBody)
            : S3BodyStreams.Open(
                request, source, target.Signature, signing.PayloadHash, signing.SigningKey, out problem);
        if (problem is not null)
        {
            await RefuseAsync(exchange, problem);
            return;
        }

        var result = await SendS3Async(
            exchange, target, s3Target, body, source, keepBody: classified.Operation == "CreateMultipartUpload");

        exchange.BackendRequestId = result.RequestId;
        LogForwarded(logger, exchange.RequestId, classified.Operation, result.Status);
        if (result.Status is >= 200 and < 300)
        {
            KeepBucketPolicy(classified, smallBody);
        }

        TrackUpload(exchange, target, classified, result);
        if (result.Status is >= 200 and < 300 && classified.ObjectCreatedEvent is { } eventName)
        {
            await NotifyAsync(exchange, classified, eventName, body?.Headers.ContentLength, result);
        }
    }

    private async Task<ForwardResult> SendS3Async(
        GatewayExchange exchange,
        RequestTarget target,
        S3Target s3Target,
        HttpContent? body,
        InvitedRequestBody source,
        bool keepBody)
    {
        try
        {
            return await services.Forwarder.ForwardAsync(
                exchange.Http, "s3", BackendS3Path(s3Target, target), body, SigV4.UnsignedPayload,
                exchange.TraceId, services.Options.Clock.GetUtcNow(), keepBody: keepBody);
        }
        finally
        {
            await source.SettleAsync();
        }
    }

    /// <remarks>Every request naming an upload id must name the key the upload was started for: the backend
    /// writes to that key whatever the URL says, and the URL key is the one that was authorised.</remarks>
    private string? UploadProblem(S3RequestFacts facts, ClassifiedRequest classified) =>
        facts.Get("uploadId") is not { } uploadId ? null
        : classified.Key is null ? $"The bucket-level request names the upload '{uploadId}'; uploads are per object."
        : services.Uploads.Problem(uploadId, classified.Bucket!, classified.Key);

    private void TrackUpload(
        GatewayExchange exchange,
        RequestTarget target,
        ClassifiedRequest classified,
        ForwardResult result)
    {
        if (result.Status is < 200 or >= 300)
        {
            return;
        }

        if (classified.Operation == "CreateMultipartUpload" && result.Body is { } body)
        {
            services.Uploads.Record(classified.Bucket!, classified.Key!, exchange.Caller!.PrincipalArn, body);
        }
        else if (classified.Operation is "CompleteMultipartUpload" or "AbortMultipartUpload"
                 && target.Query.FirstOrDefault(pair => pair.Key == "uploadId").Value is { } uploadId)
        {
            services.Uploads.Forget(uploadId);
        }
    }

    private async Task NotifyAsync(
        GatewayExchange exchange,
        ClassifiedRequest classified,
        string eventName,
        long? size,
        ForwardResult result)
    {
        if (services.Options.OnObjectCreated is not { } hook)
        {
            return;
        }

        // The writer has its answer before the hook runs, so a slow subscriber never delays an upload.
        await exchange.Http.Response.CompleteAsync();

        var etag = result.ETag;
        if (eventName != "ObjectCreated:Put" || size is null || etag is null)
        {
            (size, etag) = await services.Forwarder.HeadObjectAsync(
                "/" + AwsUri.Encode(classified.Bucket!) + "/" + AwsUri.Encode(classified.Key!, keepSlash: true),
                services.Options.Clock.GetUtcNow(),
                CancellationToken.None);
        }

        var created = new ObjectCreatedEvent(
            classified.Bucket!, classified.Key!, size ?? 0, (etag ?? string.Empty).Trim('"'), eventName,
            exchange.Caller!.UserId, exchange.SourceIp ?? string.Empty, exchange.BackendRequestId ?? exchange.RequestId,
            exchange.TraceId, services.Options.Clock.GetUtcNow());
        try
        {
            // S3 notifies whether or not the writer is still connected, so the hook is not tied to the caller.
            await hook(created, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogHookFailed(logger, exchange.RequestId, created.Bucket, created.Key, ex);
        }
    }

    // The gateway enforces bucket policies from its registry, so a policy set through S3 must land there too.
    private void KeepBucketPolicy(ClassifiedRequest classified, byte[]? body)
    {
        if (classified.Operation == "PutBucketPolicy" && body is not null)
        {
            services.Options.Registry.PutBucketPolicy(classified.Bucket!, Encoding.UTF8.GetString(body));
        }
        else if (classified.Operation == "DeleteBucketPolicy")
        {
            services.Options.Registry.PutBucketPolicy(classified.Bucket!, null);
        }
    }

    private static GatewayError? BucketPolicyProblem(S3RequestFacts facts)
    {
        if (facts.Method != "PUT" || facts.Body is not { } body)
        {
            return null;
        }

        try
        {
            PolicyDocument.Parse(Encoding.UTF8.GetString(body.Span), PolicyKind.Resource, "bucket policy");
            return null;
        }
        catch (PolicyFormatException ex)
        {
            return new GatewayError("MalformedPolicy", ex.Message, 400);
        }
    }

    private static string? S3PayloadHash(HttpRequest request, RequestTarget target)
    {
        if (target.Signature.Presigned)
        {
            var signed = target.Query.FirstOrDefault(pair => pair.Key == "X-Amz-Content-Sha256").Value;
            return signed ?? SigV4.UnsignedPayload;
        }

        var header = request.Headers["x-amz-content-sha256"].ToString();
        return header.Length == 0 ? null : header;
    }

    /// <remarks>A body read whole to be classified must be the body that was signed: only a real hash or an
    /// explicit <c>UNSIGNED-PAYLOAD</c> is accepted, never a streaming or made-up value that skips the check.</remarks>
    internal static bool SmallBodyMatches(byte[] body, string payloadHash) =>
        payloadHash == SigV4.UnsignedPayload
        || (payloadHash.Length == 64 && payloadHash.All(char.IsAsciiHexDigit)
            && string.Equals(SigV4.Sha256Hex(body), payloadHash, StringComparison.OrdinalIgnoreCase));

    private static string BackendS3Path(S3Target s3Target, RequestTarget target)
    {
        var rawPath = target.RawPath.StartsWith('/') ? target.RawPath : "/" + target.RawPath;
        var path = s3Target.VirtualHosted ? "/" + AwsUri.Encode(s3Target.Bucket!) + rawPath : target.RawPath;
        var kept = target.RawQuery
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => !PresignParameters.Contains(AwsUri.Decode(part.Split('=')[0])));
        var query = string.Join('&', kept);
        return query.Length == 0 ? path : path + "?" + query;
    }

    [LoggerMessage(EventId = 210, Level = LogLevel.Debug,
        Message = "Request {RequestId} ({Operation}) forwarded; backend answered {Status}")]
    private static partial void LogForwarded(ILogger logger, string requestId, string operation, int status);

    [LoggerMessage(EventId = 211, Level = LogLevel.Error,
        Message = "Request {RequestId}: the object-created hook failed for {Bucket}/{Key}")]
    private static partial void LogHookFailed(
        ILogger logger,
        string requestId,
        string bucket,
        string key,
        Exception ex);
}
