using System.Diagnostics.CodeAnalysis;

namespace ImagePipeline.Core.Tenancy;

/// <summary>A validated tenant identifier, safe to place in an S3 key, a DynamoDB key and a session tag.</summary>
/// <remarks>
/// This is the one place tenant ids are validated: 1 to 63 characters of lowercase ASCII letters, digits,
/// <c>-</c> and <c>_</c>, starting with a letter or digit. Nothing that could act as a path separator,
/// a wildcard or a policy variable (<c>/ * ? $ {</c>) can get through.
/// </remarks>
public readonly record struct TenantId
{
    /// <summary>The longest tenant id accepted.</summary>
    public const int MaxLength = 63;

    private TenantId(string value) => Value = value;

    /// <summary>The tenant id text.</summary>
    public string Value { get; }

    /// <summary>Parses a tenant id, throwing when it breaks the rules.</summary>
    /// <exception cref="ArgumentException">The value is not a valid tenant id; the message says why.</exception>
    public static TenantId Parse(string? value)
    {
        if (!TryParse(value, out var tenant, out var error))
        {
            throw new ArgumentException(error, nameof(value));
        }

        return tenant;
    }

    /// <summary>Parses a tenant id, returning the reason when it breaks the rules.</summary>
    public static bool TryParse(
        string? value,
        out TenantId tenant,
        [NotNullWhen(false)] out string? error)
    {
        tenant = default;
        error = Validate(value);
        if (error is not null)
        {
            return false;
        }

        tenant = new TenantId(value!);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    private static string? Validate(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "Tenant id is empty; use 1 to 63 characters of a-z, 0-9, '-' or '_'.";
        }

        if (value.Length > MaxLength)
        {
            return $"Tenant id '{Truncate(value)}' is {value.Length} characters long; the limit is {MaxLength}.";
        }

        if (!IsLowerAlphanumeric(value[0]))
        {
            return $"Tenant id '{value}' must start with a lowercase letter or a digit.";
        }

        foreach (var c in value)
        {
            if (!IsLowerAlphanumeric(c) && c != '-' && c != '_')
            {
                return $"Tenant id '{Sanitize(value)}' contains '{Describe(c)}'; " +
                    "only a-z, 0-9, '-' and '_' are allowed.";
            }
        }

        return null;
    }

    private static bool IsLowerAlphanumeric(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private static string Truncate(string value) => value.Length <= 20 ? value : value[..20] + "...";

    private static string Sanitize(string value) =>
        new(Truncate(value).Select(c => char.IsControl(c) ? '?' : c).ToArray());

    private static string Describe(char c) => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString();
}
