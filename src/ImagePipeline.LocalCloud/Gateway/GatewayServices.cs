using ImagePipeline.LocalCloud.Audit;
using ImagePipeline.LocalCloud.Gateway.Authentication;
using ImagePipeline.LocalCloud.Gateway.Classification;
using ImagePipeline.LocalCloud.Gateway.Forwarding;
using ImagePipeline.LocalCloud.Gateway.Sts;

namespace ImagePipeline.LocalCloud.Gateway;

/// <summary>The parts one gateway's request handler works with, built once at start-up.</summary>
internal sealed record GatewayServices(
    LocalGatewayOptions Options,
    RequestAuthenticator Authenticator,
    AccessEnforcer Enforcer,
    DynamoDbRequestClassifier DynamoDb,
    BackendTableSchemas Schemas,
    BackendForwarder Forwarder,
    StsHandler Sts,
    IAuditSink? Audit)
{
    /// <summary>The multipart uploads started through the gateway, tied to their bucket and key.</summary>
    public MultipartUploads Uploads { get; } = new();
}
