using ImagePipeline.LocalCloud.Audit;
using ImagePipeline.LocalCloud.Iam;
using Microsoft.AspNetCore.Http;

namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>What the gateway learned about one request on its way through, for the response and the audit.</summary>
internal sealed class GatewayExchange(HttpContext http, string requestId, string traceId, DateTimeOffset time)
{
    private int _auditClaimed;

    /// <summary>The caller's request and response.</summary>
    public HttpContext Http { get; } = http;

    /// <summary>The gateway's id for the request.</summary>
    public string RequestId { get; } = requestId;

    /// <summary>The trace id that travels with the request.</summary>
    public string TraceId { get; } = traceId;

    /// <summary>When the request arrived.</summary>
    public DateTimeOffset Time { get; } = time;

    /// <summary>The service addressed (S3 until known otherwise, as S3 is the default AWS endpoint shape).</summary>
    public AwsService Service { get; set; } = AwsService.S3;

    /// <summary>The API operation, once known.</summary>
    public string Operation { get; set; } = "Unknown";

    /// <summary>The region the request was signed for.</summary>
    public string? Region { get; set; }

    /// <summary>The authenticated caller, once known.</summary>
    public IamCredential? Caller { get; set; }

    /// <summary>The IAM action of the deciding check.</summary>
    public string? Action { get; set; }

    /// <summary>The actions the request's further checks authorised, when it was allowed and had any.</summary>
    public IReadOnlyList<string>? AlsoAuthorized { get; set; }

    /// <summary>The resource of the deciding check.</summary>
    public string? Resource { get; set; }

    /// <summary>The deciding verdict, once one was reached.</summary>
    public AccessVerdict? Verdict { get; set; }

    /// <summary>The error answered with, if any.</summary>
    public GatewayError? Error { get; set; }

    /// <summary>The request id the caller saw, when the backend answered with its own.</summary>
    public string? BackendRequestId { get; set; }

    /// <summary>The caller's address.</summary>
    public string? SourceIp => Http.Connection.RemoteIpAddress?.ToString();

    /// <summary>True the first time only: whoever gets true writes the request's one audit record.</summary>
    public bool TryClaimAudit() => Interlocked.Exchange(ref _auditClaimed, 1) == 0;

    /// <summary>The audit record of this request.</summary>
    public AuditRecord ToAuditRecord() => new()
    {
        EventTime = Time,
        EventSource = Service switch
        {
            AwsService.DynamoDb => "dynamodb.amazonaws.com",
            AwsService.Sts => "sts.amazonaws.com",
            _ => "s3.amazonaws.com",
        },
        EventName = Operation,
        AwsRegion = Region,
        SourceIpAddress = SourceIp,
        RequestId = BackendRequestId ?? RequestId,
        UserIdentity = Caller is null ? null : Identity(Caller),
        Action = Action,
        AlsoAuthorized = AlsoAuthorized,
        Resource = Resource,
        Decision = (Verdict?.Decision ?? AccessDecision.ImplicitDeny).ToString(),
        DecidingStatement = Verdict?.DecidingStatement,
        ErrorCode = Error?.Code,
        ErrorMessage = Error?.Message,
        HttpStatus = Http.Response.StatusCode,
        TraceId = TraceId,
    };

    private static AuditIdentity Identity(IamCredential caller) => new()
    {
        Type = caller.IsSession ? "AssumedRole" : "IAMUser",
        PrincipalId = caller.UserId,
        Arn = caller.PrincipalArn,
        AccountId = caller.Account,
        AccessKeyId = caller.AccessKeyId,
        SessionTags = caller.SessionTags,
    };
}
