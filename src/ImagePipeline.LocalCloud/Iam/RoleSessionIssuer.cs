using System.Security.Cryptography;

namespace ImagePipeline.LocalCloud.Iam;

/// <summary>Issues temporary credentials for a role session and registers them with the gateway.</summary>
/// <remarks>
/// This is what the Lambda service does for a function's execution role: it checks no trust policy, so only
/// trusted local components call it directly. Callers of the gateway's <c>AssumeRole</c> go through the
/// trust-policy checks first and then land here.
/// </remarks>
public sealed class RoleSessionIssuer
{
    /// <summary>The shortest session AWS grants.</summary>
    public static readonly TimeSpan MinDuration = TimeSpan.FromMinutes(15);

    /// <summary>The session lifetime when none is asked for.</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(1);

    private readonly IamRegistry _registry;
    private readonly TimeProvider _clock;

    /// <summary>Creates an issuer that registers the sessions it issues in <paramref name="registry"/>.</summary>
    public RoleSessionIssuer(IamRegistry registry, TimeProvider? clock = null)
    {
        _registry = registry;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Issues a session of a registered role, without evaluating its trust policy.</summary>
    /// <exception cref="ArgumentException">The role is unknown, or the name, tags or duration are invalid.</exception>
    public IamCredential IssueRoleSession(RoleSessionRequest request)
    {
        var role = _registry.FindRole(request.RoleArn) ?? throw new ArgumentException(
            $"No role '{request.RoleArn}' is registered; provision it with IamRegistry.PutRole first.",
            nameof(request));
        var problem = SessionRules.Validate(request, role);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(request));
        }

        var now = _clock.GetUtcNow();
        var duration = request.Duration ?? DefaultDuration;
        var credential = new IamCredential(
            IamArns.RandomId("ASIA", 20),
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)),
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(96)),
            PrincipalArn: IamArns.AssumedRoleArn(role, request.SessionName),
            PolicyHolderArn: role.Arn,
            Account: role.Account,
            UserId: $"{role.RoleId}:{request.SessionName}",
            SessionTags: new Dictionary<string, string>(
                request.Tags ?? new Dictionary<string, string>(), StringComparer.Ordinal),
            TransitiveTagKeys: [.. request.TransitiveTagKeys ?? []],
            Expiration: now + duration,
            IssuedAt: now,
            SessionPolicyJson: request.SessionPolicyJson);
        _registry.AddCredential(credential);
        return credential;
    }
}
