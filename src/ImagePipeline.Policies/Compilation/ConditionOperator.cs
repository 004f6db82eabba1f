namespace ImagePipeline.Policies.Compilation;

/// <summary>A parsed condition operator such as <c>ForAllValues:StringNotLikeIfExists</c>.</summary>
/// <param name="Family">The operator family.</param>
/// <param name="Comparison">How values are compared.</param>
/// <param name="Negated">Whether the operator is a "Not" operator: true when no policy value matches.</param>
/// <param name="IfExists">Whether a missing key makes the condition true.</param>
/// <param name="Set">The set qualifier.</param>
internal sealed record ConditionOperator(
    OperatorFamily Family,
    Comparison Comparison,
    bool Negated,
    bool IfExists,
    SetQualifier Set)
{
    private const string IfExistsSuffix = "IfExists";

    private static readonly Dictionary<string, (OperatorFamily Family, Comparison Comparison, bool Negated)> Base =
        new(StringComparer.Ordinal)
        {
            ["StringEquals"] = (OperatorFamily.String, Comparison.Equals, false),
            ["StringNotEquals"] = (OperatorFamily.String, Comparison.Equals, true),
            ["StringEqualsIgnoreCase"] = (OperatorFamily.String, Comparison.EqualsIgnoreCase, false),
            ["StringNotEqualsIgnoreCase"] = (OperatorFamily.String, Comparison.EqualsIgnoreCase, true),
            ["StringLike"] = (OperatorFamily.String, Comparison.Like, false),
            ["StringNotLike"] = (OperatorFamily.String, Comparison.Like, true),
            ["NumericEquals"] = (OperatorFamily.Numeric, Comparison.Equals, false),
            ["NumericNotEquals"] = (OperatorFamily.Numeric, Comparison.Equals, true),
            ["NumericLessThan"] = (OperatorFamily.Numeric, Comparison.LessThan, false),
            ["NumericLessThanEquals"] = (OperatorFamily.Numeric, Comparison.LessThanEquals, false),
            ["NumericGreaterThan"] = (OperatorFamily.Numeric, Comparison.GreaterThan, false),
            ["NumericGreaterThanEquals"] = (OperatorFamily.Numeric, Comparison.GreaterThanEquals, false),
            ["DateEquals"] = (OperatorFamily.Date, Comparison.Equals, false),
            ["DateNotEquals"] = (OperatorFamily.Date, Comparison.Equals, true),
            ["DateLessThan"] = (OperatorFamily.Date, Comparison.LessThan, false),
            ["DateLessThanEquals"] = (OperatorFamily.Date, Comparison.LessThanEquals, false),
            ["DateGreaterThan"] = (OperatorFamily.Date, Comparison.GreaterThan, false),
            ["DateGreaterThanEquals"] = (OperatorFamily.Date, Comparison.GreaterThanEquals, false),
            ["Bool"] = (OperatorFamily.Bool, Comparison.Equals, false),
            ["BinaryEquals"] = (OperatorFamily.Binary, Comparison.Equals, false),
            ["IpAddress"] = (OperatorFamily.IpAddress, Comparison.InRange, false),
            ["NotIpAddress"] = (OperatorFamily.IpAddress, Comparison.InRange, true),
            ["ArnEquals"] = (OperatorFamily.Arn, Comparison.Like, false),
            ["ArnLike"] = (OperatorFamily.Arn, Comparison.Like, false),
            ["ArnNotEquals"] = (OperatorFamily.Arn, Comparison.Like, true),
            ["ArnNotLike"] = (OperatorFamily.Arn, Comparison.Like, true),
            ["Null"] = (OperatorFamily.Null, Comparison.Equals, false),
        };

    /// <summary>Whether policy variables may appear in this operator's values.</summary>
    public bool AllowsVariables => Family is OperatorFamily.String or OperatorFamily.Arn or OperatorFamily.Bool;

    /// <summary>Parses an operator name, returning null with a reason when AWS has no such operator.</summary>
    public static ConditionOperator? TryParse(string text, out string? error)
    {
        error = null;
        var set = SetQualifier.None;
        var name = text;
        if (name.StartsWith("ForAllValues:", StringComparison.Ordinal))
        {
            set = SetQualifier.ForAllValues;
            name = name["ForAllValues:".Length..];
        }
        else if (name.StartsWith("ForAnyValue:", StringComparison.Ordinal))
        {
            set = SetQualifier.ForAnyValue;
            name = name["ForAnyValue:".Length..];
        }

        var ifExists = name.EndsWith(IfExistsSuffix, StringComparison.Ordinal) && name != IfExistsSuffix;
        if (ifExists)
        {
            name = name[..^IfExistsSuffix.Length];
        }

        if (!Base.TryGetValue(name, out var found))
        {
            error = $"'{text}' is not a condition operator; use one of {string.Join(", ", Base.Keys)}, " +
                "optionally with the suffix 'IfExists' and the prefix 'ForAllValues:' or 'ForAnyValue:'.";
            return null;
        }

        if (found.Family == OperatorFamily.Null && (ifExists || set != SetQualifier.None))
        {
            error = $"'{text}' combines 'Null' with a qualifier; 'Null' takes neither 'IfExists' nor a set prefix.";
            return null;
        }

        return new ConditionOperator(found.Family, found.Comparison, found.Negated, ifExists, set);
    }
}
