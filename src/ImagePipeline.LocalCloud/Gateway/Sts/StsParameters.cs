using System.Globalization;

namespace ImagePipeline.LocalCloud.Gateway.Sts;

/// <summary>The query-protocol parameters of an STS call, with the list shapes STS uses.</summary>
internal sealed class StsParameters(IReadOnlyList<KeyValuePair<string, string>> pairs)
{
    /// <summary>A single parameter's value, or null.</summary>
    public string? this[string name] => pairs.FirstOrDefault(pair => pair.Key == name).Value;

    /// <summary>The session tags from <c>Tags.member.N.Key</c> and <c>Tags.member.N.Value</c>.</summary>
    /// <remarks>Tag keys are case-insensitive, as policy evaluation reads them; check
    /// <see cref="DuplicateTagKey"/> first, or a later duplicate would silently win.</remarks>
    public Dictionary<string, string> Tags()
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var n = 1; this[$"Tags.member.{n}.Key"] is { } key; n++)
        {
            tags[key] = this[$"Tags.member.{n}.Value"] ?? string.Empty;
        }

        return tags;
    }

    /// <summary>The first tag key that repeats an earlier one, ignoring case, or null.</summary>
    public string? DuplicateTagKey()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var n = 1; this[$"Tags.member.{n}.Key"] is { } key; n++)
        {
            if (!seen.Add(key))
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>The values of a list parameter such as <c>TransitiveTagKeys.member.N</c>.</summary>
    public List<string> List(string name)
    {
        var values = new List<string>();
        for (var n = 1; this[$"{name}.member.{n}"] is { } value; n++)
        {
            values.Add(value);
        }

        return values;
    }

    /// <summary>An integer parameter, or null when absent; false when present but not a number.</summary>
    public bool TryGetInt(string name, out int? value)
    {
        value = null;
        var text = this[name];
        if (text is null)
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        value = number;
        return true;
    }

    /// <summary>Whether a list parameter has any member, so unsupported ones can be refused.</summary>
    public bool HasAny(string prefix) => pairs.Any(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal));
}
