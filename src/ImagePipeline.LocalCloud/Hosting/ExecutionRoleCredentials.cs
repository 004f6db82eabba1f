using Amazon.Runtime;
using ImagePipeline.LocalCloud.Iam;

namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>The function's execution-role credentials, issued as Lambda does and renewed before expiry.</summary>
public sealed class ExecutionRoleCredentials : RefreshingAWSCredentials
{
    private readonly RoleSessionIssuer _issuer;
    private readonly RoleSessionRequest _request;

    /// <summary>Creates credentials that take sessions of the given role, named after the function.</summary>
    public ExecutionRoleCredentials(RoleSessionIssuer issuer, string roleArn, string functionName)
    {
        _issuer = issuer;
        _request = new RoleSessionRequest(roleArn, functionName);
        PreemptExpiryTime = TimeSpan.FromMinutes(5);
    }

    /// <inheritdoc />
    protected override CredentialsRefreshState GenerateNewCredentials()
    {
        var session = _issuer.IssueRoleSession(_request);
        var expiry = session.Expiration ?? throw new InvalidOperationException(
            $"The session of role '{_request.RoleArn}' has no expiry; role sessions always expire.");
        return new CredentialsRefreshState(
            new ImmutableCredentials(session.AccessKeyId, session.SecretAccessKey, session.SessionToken),
            expiry.UtcDateTime);
    }

    /// <inheritdoc />
    protected override Task<CredentialsRefreshState> GenerateNewCredentialsAsync() =>
        Task.FromResult(GenerateNewCredentials());
}
