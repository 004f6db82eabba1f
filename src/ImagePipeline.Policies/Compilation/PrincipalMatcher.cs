namespace ImagePipeline.Policies.Compilation;

/// <summary>Matches a caller against one entry of a <c>Principal</c> element.</summary>
internal sealed class PrincipalMatcher
{
    private readonly string _value;
    private readonly bool _isService;
    private readonly string? _account;
    private readonly string? _sessionPrefix;

    private PrincipalMatcher(PolicyPrincipal principal)
    {
        _value = principal.Value;
        IsAnyone = principal.Type == PolicyPrincipal.Anyone || principal.Value == PolicyPrincipal.Anyone;
        _isService = principal.Type != "AWS";
        if (_isService)
        {
            return;
        }

        if (principal.Value.Length == 12 && principal.Value.All(char.IsAsciiDigit))
        {
            _account = principal.Value;
            return;
        }

        var parts = principal.Value.Split(':', 6);
        if (parts.Length == 6 && parts[2] == "iam" && parts[5] == "root")
        {
            _account = parts[4];
        }
        else if (parts.Length == 6 && parts[2] == "iam" && parts[5].StartsWith("role/", StringComparison.Ordinal))
        {
            // Session ARNs drop the role's path: arn:aws:sts::111122223333:assumed-role/NAME/SESSION.
            var name = parts[5][(parts[5].LastIndexOf('/') + 1)..];
            _sessionPrefix = $"arn:{parts[1]}:sts::{parts[4]}:assumed-role/{name}/";
        }
    }

    /// <summary>Whether the entry is <c>*</c>.</summary>
    public bool IsAnyone { get; }

    /// <summary>Compiles one principal entry.</summary>
    public static PrincipalMatcher Create(PolicyPrincipal principal) => new(principal);

    /// <summary>How the entry names the caller.</summary>
    public PrincipalMatch Match(string principal, ReadOnlySpan<char> principalAccount)
    {
        if (IsAnyone)
        {
            return PrincipalMatch.Direct;
        }

        if (_isService)
        {
            return string.Equals(principal, _value, StringComparison.OrdinalIgnoreCase)
                ? PrincipalMatch.Direct
                : PrincipalMatch.None;
        }

        if (_account is not null)
        {
            return principalAccount.SequenceEqual(_account) ? PrincipalMatch.Account : PrincipalMatch.None;
        }

        if (_sessionPrefix is not null
            && (principal == _value || principal.StartsWith(_sessionPrefix, StringComparison.Ordinal)))
        {
            return PrincipalMatch.Role;
        }

        return principal == _value ? PrincipalMatch.Direct : PrincipalMatch.None;
    }
}
