using System.Text.RegularExpressions;

namespace ImagePipeline.Policies.Verification;

/// <summary>Case-insensitive matching of an action pattern, for lint messages only.</summary>
internal static class Wildcard
{
    public static bool Matches(string pattern, string value) =>
        Regex.IsMatch(
            value,
            "^" + Regex.Escape(pattern)
                .Replace("\\*", ".*", StringComparison.Ordinal)
                .Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
}
