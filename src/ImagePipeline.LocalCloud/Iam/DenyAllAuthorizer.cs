namespace ImagePipeline.LocalCloud.Iam;

/// <summary>An authorizer that refuses everything: the safe choice when no policy evaluator is configured.</summary>
public sealed class DenyAllAuthorizer : IRequestAuthorizer
{
    /// <inheritdoc />
    public AccessVerdict Authorize(AccessQuery query) =>
        AccessVerdict.Refused("because the gateway has no policy evaluator configured");
}
