using System.Security.Cryptography;
using System.Text;

namespace ImagePipeline.LocalCloud.Iam;

/// <summary>Small helpers for the ARNs and ids IAM hands out.</summary>
public static class IamArns
{
    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The account field of an ARN, or an empty string when it has none.</summary>
    public static string AccountOf(string arn)
    {
        var parts = arn.Split(':', 6);
        return parts.Length >= 5 ? parts[4] : string.Empty;
    }

    /// <summary>The ARN AWS gives a role session: <c>arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION</c>.</summary>
    public static string AssumedRoleArn(IamRole role, string sessionName) =>
        $"arn:aws:sts::{role.Account}:assumed-role/{role.Name}/{sessionName}";

    /// <summary>A 21-character id with the given prefix, derived from a seed so it is stable across runs.</summary>
    public static string StableId(string prefix, string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        return prefix + Encode(hash, 17);
    }

    /// <summary>A random id with the given prefix and length, drawn from AWS's key alphabet.</summary>
    public static string RandomId(string prefix, int length)
    {
        var bytes = RandomNumberGenerator.GetBytes(length);
        return prefix + Encode(bytes, length - prefix.Length);
    }

    private static string Encode(byte[] bytes, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(IdAlphabet[bytes[i % bytes.Length] % IdAlphabet.Length]);
        }

        return text.ToString();
    }
}
