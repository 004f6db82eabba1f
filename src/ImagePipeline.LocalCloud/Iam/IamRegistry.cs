using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ImagePipeline.LocalCloud.Iam;

/// <summary>The IAM state the gateway enforces: roles, users, bucket policies and the credentials it accepts.</summary>
/// <remarks>
/// Provisioning fills it with the policies the template would deploy; the gateway reads it on every request.
/// Policies go in as raw JSON and are compiled once by the authorizer, which recompiles after any change
/// (see <see cref="Version"/>). Safe for concurrent use.
/// </remarks>
public sealed class IamRegistry
{
    private readonly ConcurrentDictionary<string, IamRole> _roles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IamUser> _users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _bucketPolicies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IamCredential> _credentials = new(StringComparer.Ordinal);
    private long _version;

    /// <summary>Creates an empty registry for one account.</summary>
    /// <param name="account">The account the local cloud plays, for example <c>123456789012</c>.</param>
    public IamRegistry(string account = "123456789012")
    {
        if (account.Length != 12 || !account.All(char.IsAsciiDigit))
        {
            throw new ArgumentException(
                $"Account id '{account}' is not 12 digits; use an id such as 123456789012.", nameof(account));
        }

        Account = account;
    }

    /// <summary>The account the local cloud plays.</summary>
    public string Account { get; }

    /// <summary>Grows whenever a role, user or bucket policy changes, so compiled policies know to refresh.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Adds a role or replaces the role with the same ARN.</summary>
    public void PutRole(IamRole role)
    {
        _roles[role.Arn] = role;
        Interlocked.Increment(ref _version);
    }

    /// <summary>Adds a user or replaces the user with the same ARN.</summary>
    public void PutUser(IamUser user)
    {
        _users[user.Arn] = user;
        Interlocked.Increment(ref _version);
    }

    /// <summary>Sets a bucket's policy, or removes it when <paramref name="policyJson"/> is null.</summary>
    public void PutBucketPolicy(string bucket, string? policyJson)
    {
        if (policyJson is null)
        {
            _bucketPolicies.TryRemove(bucket, out _);
        }
        else
        {
            _bucketPolicies[bucket] = policyJson;
        }

        Interlocked.Increment(ref _version);
    }

    /// <summary>Registers a credential the gateway will accept.</summary>
    public void AddCredential(IamCredential credential) => _credentials[credential.AccessKeyId] = credential;

    /// <summary>Issues a long-term access key for a registered user, the way <c>iam:CreateAccessKey</c> does.</summary>
    /// <exception cref="ArgumentException">No user with that ARN is registered.</exception>
    public IamCredential IssueAccessKey(string userArn)
    {
        var user = FindUser(userArn) ?? throw new ArgumentException(
            $"No user '{userArn}' is registered; add it with PutUser first.", nameof(userArn));
        var credential = new IamCredential(
            IamArns.RandomId("AKIA", 20),
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)),
            SessionToken: null,
            PrincipalArn: user.Arn,
            PolicyHolderArn: user.Arn,
            Account: user.Account,
            UserId: user.UserId,
            SessionTags: user.Tags ?? new Dictionary<string, string>(),
            TransitiveTagKeys: [],
            Expiration: null,
            IssuedAt: DateTimeOffset.UtcNow);
        AddCredential(credential);
        return credential;
    }

    /// <summary>Forgets a credential, so requests signed with it fail as an unknown key.</summary>
    public void RemoveCredential(string accessKeyId) => _credentials.TryRemove(accessKeyId, out _);

    /// <summary>The credential with the given access key id, or null.</summary>
    public IamCredential? FindCredential(string accessKeyId) =>
        _credentials.TryGetValue(accessKeyId, out var found) ? found : null;

    /// <summary>The role with the given ARN, or null.</summary>
    public IamRole? FindRole(string arn) => _roles.TryGetValue(arn, out var found) ? found : null;

    /// <summary>The user with the given ARN, or null.</summary>
    public IamUser? FindUser(string arn) => _users.TryGetValue(arn, out var found) ? found : null;

    /// <summary>The policy of the given bucket, or null when it has none.</summary>
    public string? FindBucketPolicy(string bucket) =>
        _bucketPolicies.TryGetValue(bucket, out var found) ? found : null;

    /// <summary>The identity policies, permissions boundary and session policy that apply to a credential.</summary>
    /// <returns>Null when the credential's user or role is no longer registered.</returns>
    public PrincipalPolicies? PoliciesFor(IamCredential credential)
    {
        if (FindRole(credential.PolicyHolderArn) is { } role)
        {
            return new PrincipalPolicies(role.IdentityPolicies, role.PermissionsBoundaryJson);
        }

        return FindUser(credential.PolicyHolderArn) is { } user
            ? new PrincipalPolicies(user.IdentityPolicies, null)
            : null;
    }
}
