using System.Text;
using System.Text.Json;
using ImagePipeline.LocalCloud.Gateway.Classification;
using ImagePipeline.LocalCloud.Gateway.Signing;
using ImagePipeline.LocalCloud.Gateway.Sts;

namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>The DynamoDB and STS branches of the pipeline: small bodies, read whole to be classified.</summary>
internal sealed partial class GatewayRequestHandler
{
    private static readonly HashSet<string> SchemaChanging = new(StringComparer.Ordinal)
    {
        "CreateTable", "DeleteTable", "UpdateTable",
    };

    private async Task DynamoDbAsync(GatewayExchange exchange, RequestTarget target)
    {
        var http = exchange.Http;
        if (await ReadDynamoDbBodyAsync(exchange) is not { } body)
        {
            return;
        }

        var payloadHash = SigV4.Sha256Hex(body);
        if (await AuthenticateAsync(exchange, target, payloadHash) is not { } caller)
        {
            return;
        }

        if (DynamoDbBodyGuard.Problem(body) is { } smuggled)
        {
            await RefuseAsync(exchange, new GatewayError(
                "SerializationException", $"The request body is refused: {smuggled}.", 400));
            return;
        }

        var (operation, document, problem) = ReadDynamoDbRequest(http.Request.Headers["X-Amz-Target"].ToString(), body);
        using var owned = document;
        exchange.Operation = operation ?? exchange.Operation;
        if (problem is not null)
        {
            await RefuseAsync(exchange, problem);
            return;
        }

        var classification = await services.DynamoDb.ClassifyAsync(
            operation!, document!.RootElement, http.RequestAborted);
        if (await AuthorizeAsync(exchange, classification, caller) is not { } classified)
        {
            return;
        }

        await ForwardDynamoDbAsync(exchange, classified, body, payloadHash, (operation!, document));
    }

    /// <summary>Reads the whole JSON body, or refuses the request and returns null when it is too large.</summary>
    private async Task<byte[]?> ReadDynamoDbBodyAsync(GatewayExchange exchange)
    {
        var http = exchange.Http;
        var body = await RequestBodies.ReadCappedAsync(http.Request, MaxJsonBody, http.RequestAborted);
        if (body is null)
        {
            await RefuseAsync(exchange, RequestBodies.TooLarge(AwsService.DynamoDb, MaxJsonBody));
        }

        return body;
    }

    private async Task ForwardDynamoDbAsync(
        GatewayExchange exchange,
        ClassifiedRequest classified,
        byte[] body,
        string payloadHash,
        (string Operation, JsonDocument Document) request)
    {
        var result = await services.Forwarder.ForwardAsync(
            exchange.Http, "dynamodb", "/", new ByteArrayContent(body), payloadHash, exchange.TraceId,
            services.Options.Clock.GetUtcNow(), PinnedDynamoDbHeaders(classified.Operation));
        exchange.BackendRequestId = result.RequestId;
        LogForwarded(logger, exchange.RequestId, classified.Operation, result.Status);
        if (SchemaChanging.Contains(request.Operation)
            && request.Document.RootElement.TryGetProperty("TableName", out var table)
            && table.GetString() is { } name)
        {
            services.Schemas.Forget(name);
        }
    }

    private async Task StsAsync(GatewayExchange exchange, RequestTarget target)
    {
        var http = exchange.Http;
        var body = await RequestBodies.ReadCappedAsync(http.Request, MaxFormBody, http.RequestAborted);
        if (body is null)
        {
            await RefuseAsync(exchange, RequestBodies.TooLarge(AwsService.Sts, MaxFormBody));
            return;
        }

        if (await AuthenticateAsync(exchange, target, SigV4.Sha256Hex(body)) is not { } caller)
        {
            return;
        }

        var pairs = new List<KeyValuePair<string, string>>(target.Query);
        if (http.Request.HasFormContentType)
        {
            pairs.AddRange(AwsUri.ParseQuery(Encoding.UTF8.GetString(body)));
        }

        var outcome = services.Sts.Handle(exchange, new StsParameters(pairs), caller, GlobalKeys(exchange, caller));
        if (outcome.Error is not null)
        {
            await RefuseAsync(exchange, outcome.Error);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(outcome.Body!);
        http.Response.StatusCode = 200;
        http.Response.ContentType = "text/xml";
        http.Response.ContentLength = bytes.Length;
        http.Response.Headers["x-amzn-RequestId"] = exchange.RequestId;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    private static (string? Operation, JsonDocument? Document, GatewayError? Problem) ReadDynamoDbRequest(
        string targetHeader,
        byte[] body)
    {
        if (!targetHeader.StartsWith(ServiceRouter.DynamoDbTargetPrefix, StringComparison.Ordinal))
        {
            return (null, null, new GatewayError(
                "UnknownOperationException", $"X-Amz-Target '{targetHeader}' is not a DynamoDB operation.", 400));
        }

        var operation = targetHeader[ServiceRouter.DynamoDbTargetPrefix.Length..];
        var document = ParseJson(body);
        return document is null
            ? (operation, null, new GatewayError("SerializationException", "The request body is not valid JSON.", 400))
            : (operation, document, null);
    }

    /// <remarks>The backend reads the operation from these headers, so they are rebuilt from what was
    /// authorised rather than passed on: a form content type would make it read the JSON body as fields.</remarks>
    private static Dictionary<string, string?> PinnedDynamoDbHeaders(string operation) =>
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = "application/x-amz-json-1.0",
            ["X-Amz-Target"] = ServiceRouter.DynamoDbTargetPrefix + operation,
            ["Content-Encoding"] = null,
        };

    private static JsonDocument? ParseJson(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
