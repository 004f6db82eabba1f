namespace ImagePipeline.LocalCloud.Iam;

/// <summary>The limits STS puts on session names, tags and durations.</summary>
internal static class SessionRules
{
    private const int MaxTags = 50;
    private const int MaxTagKeyLength = 128;
    private const int MaxTagValueLength = 256;

    /// <summary>The first rule the request breaks, worded like STS's validation errors, or null.</summary>
    public static string? Validate(RoleSessionRequest request, IamRole role)
    {
        var name = request.SessionName;
        if (name.Length is < 2 or > 64 || !name.All(IsSessionNameChar))
        {
            return $"RoleSessionName '{name}' is invalid: use 2 to 64 characters of letters, digits and =,.@-_";
        }

        var duration = request.Duration ?? RoleSessionIssuer.DefaultDuration;
        var max = role.MaxSessionDuration ?? TimeSpan.FromHours(1);
        if (duration < RoleSessionIssuer.MinDuration || duration > max)
        {
            return $"DurationSeconds {duration.TotalSeconds:0} is outside 900..{max.TotalSeconds:0} " +
                   $"for role '{role.Arn}'; ask for a duration within that range.";
        }

        return ValidateTags(request.Tags ?? new Dictionary<string, string>(), request.TransitiveTagKeys ?? []);
    }

    private static string? ValidateTags(IReadOnlyDictionary<string, string> tags, IReadOnlyList<string> transitive)
    {
        if (tags.Count > MaxTags)
        {
            return $"{tags.Count} session tags were passed; STS accepts at most {MaxTags}.";
        }

        foreach (var (key, value) in tags)
        {
            if (key.Length is 0 or > MaxTagKeyLength || key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                return $"Session tag key '{key}' is invalid: use 1 to 128 characters not starting with 'aws:'.";
            }

            if (value.Length > MaxTagValueLength)
            {
                return $"Session tag '{key}' has a value longer than {MaxTagValueLength} characters.";
            }
        }

        var notTagged = transitive.FirstOrDefault(key => !tags.ContainsKey(key));
        return notTagged is null
            ? null
            : $"Transitive tag key '{notTagged}' is not among the session tags; tag it or drop it.";
    }

    private static bool IsSessionNameChar(char c) => char.IsAsciiLetterOrDigit(c) || "=,.@-_".Contains(c);
}
