using System.Text;

namespace ImagePipeline.Core.Tenancy;

/// <summary>
/// The bucket's key layout: <c>originals/{tenant}/{name}</c> and <c>processed/{tenant}/{name}/...</c>.
/// </summary>
/// <remarks>
/// Kinds are top-level folders, so no tenant name can reach into another tenant's folder: a tenant called
/// <c>alice-processed</c> owns <c>processed/alice-processed/</c>, never <c>processed/alice/</c>.
/// </remarks>
public static class ObjectKeyLayout
{
    /// <summary>The folder of uploaded originals; the only prefix that triggers the function.</summary>
    public const string OriginalsPrefix = "originals/";

    /// <summary>The folder of resized variants.</summary>
    public const string ProcessedPrefix = "processed/";

    /// <summary>The longest S3 key in UTF-8 bytes.</summary>
    public const int MaxKeyBytes = 1024;

    /// <summary>The folder prefix of one tenant's objects of one kind, ending in <c>/</c>.</summary>
    public static string TenantPrefix(ObjectKind kind, TenantId tenant) =>
        (kind == ObjectKind.Original ? OriginalsPrefix : ProcessedPrefix) + tenant.Value + "/";

    /// <summary>The key of an original.</summary>
    public static string OriginalKey(TenantId tenant, string name) => TenantPrefix(ObjectKind.Original, tenant) + name;

    /// <summary>The key of one variant: <c>processed/{tenant}/{name}/{variant}.{extension}</c>.</summary>
    /// <remarks>
    /// The full original name (extension included) is kept, so <c>a.jpg</c> and <c>a.png</c> never collide.
    /// </remarks>
    public static string VariantKey(OriginalObjectKey original, string variant, string extension) =>
        $"{TenantPrefix(ObjectKind.Processed, original.Tenant)}{original.Name}/{variant}.{extension}";

    /// <summary>Parses the key carried by an S3 event, which is form-URL-encoded (<c>+</c> is a space).</summary>
    public static KeyParseResult ParseEventKey(string? encodedKey)
    {
        if (string.IsNullOrEmpty(encodedKey))
        {
            return KeyParseResult.Invalid("The event carries an empty object key.");
        }

        string decoded;
        try
        {
            decoded = DecodeFormUrl(encodedKey);
        }
        catch (FormatException ex)
        {
            return KeyParseResult.Invalid($"Object key '{encodedKey}' is not valid URL encoding: {ex.Message}");
        }

        return ParseKey(decoded);
    }

    /// <summary>Parses a decoded key of an original, refusing anything outside a tenant's originals folder.</summary>
    public static KeyParseResult ParseKey(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return KeyParseResult.Invalid("The object key is empty.");
        }

        if (key.Any(char.IsControl))
        {
            return KeyParseResult.Invalid($"Object key '{Printable(key)}' contains control characters.");
        }

        if (Encoding.UTF8.GetByteCount(key) > MaxKeyBytes)
        {
            return KeyParseResult.Invalid($"Object key is longer than {MaxKeyBytes} bytes.");
        }

        if (!key.StartsWith(OriginalsPrefix, StringComparison.Ordinal))
        {
            return KeyParseResult.Invalid(
                $"Object key '{key}' is outside '{OriginalsPrefix}'; only originals are processed.");
        }

        return ParseTenantAndName(key);
    }

    // Called only once the key is known to start with the originals prefix.
    private static KeyParseResult ParseTenantAndName(string key)
    {
        var rest = key[OriginalsPrefix.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return KeyParseResult.Invalid(
                $"Object key '{key}' has no tenant folder; expected '{OriginalsPrefix}{{tenant}}/{{name}}'.");
        }

        if (!TenantId.TryParse(rest[..slash], out var tenant, out var tenantError))
        {
            return KeyParseResult.Invalid($"Object key '{key}': {tenantError}");
        }

        var name = rest[(slash + 1)..];
        var nameError = ValidateName(name);
        return nameError is null
            ? KeyParseResult.Valid(new OriginalObjectKey(tenant, name))
            : KeyParseResult.Invalid($"Object key '{key}': {nameError}");
    }

    private static string? ValidateName(string name)
    {
        if (name.Length == 0)
        {
            return "the image name is empty.";
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment.Length == 0)
            {
                return "the image name has an empty path segment.";
            }

            if (segment is "." or "..")
            {
                return $"the image name has a '{segment}' path segment.";
            }
        }

        return null;
    }

    /// <summary>Decodes S3 event key encoding: <c>+</c> is a space, <c>%XX</c> are UTF-8 bytes.</summary>
    private static string DecodeFormUrl(string encoded)
    {
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (c == '%')
            {
                if (i + 2 >= encoded.Length || !IsHex(encoded[i + 1]) || !IsHex(encoded[i + 2]))
                {
                    throw new FormatException($"'%' at position {i} is not followed by two hex digits.");
                }

                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                var width = char.IsHighSurrogate(c) && i + 1 < encoded.Length ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(encoded.Substring(i, width)));
                i += width - 1;
            }
        }

        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            return strict.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            throw new FormatException("the percent-encoded bytes are not valid UTF-8.");
        }
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static string Printable(string value) =>
        new(value.Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
