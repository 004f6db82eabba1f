namespace ImagePipeline.Policies.Compilation;

/// <summary>One condition test, with its policy values parsed once.</summary>
internal sealed class CompiledCondition
{
    private readonly ConditionOperator _operator;
    private readonly string _key;
    private readonly CompiledPattern[] _patterns;
    private readonly decimal[] _numbers;
    private readonly DateTimeOffset[] _dates;
    private readonly byte[][] _binaries;
    private readonly CidrRange[] _ranges;
    private readonly bool[] _nullChecks;

    private CompiledCondition(ConditionOperator op, string key, IReadOnlyList<string> values, bool variables)
    {
        _operator = op;
        _key = key;
        _patterns = op.Family is OperatorFamily.String or OperatorFamily.Arn or OperatorFamily.Bool
            ? [.. values.Select(v => CompilePattern(op, v, variables))]
            : [];
        _numbers = op.Family == OperatorFamily.Numeric ? [.. values.Select(ParseNumber)] : [];
        _dates = op.Family == OperatorFamily.Date ? [.. values.Select(ParseDate)] : [];
        _binaries = op.Family == OperatorFamily.Binary ? [.. values.Select(ParseBinary)] : [];
        _ranges = op.Family == OperatorFamily.IpAddress ? [.. values.Select(CidrRange.Parse)] : [];
        _nullChecks = op.Family == OperatorFamily.Null ? [.. values.Select(ParseBool)] : [];
    }

    /// <summary>Compiles a condition, validating its values against its operator.</summary>
    /// <exception cref="FormatException">A value does not fit the operator; the message names it.</exception>
    public static CompiledCondition Create(
        ConditionOperator op,
        string key,
        IReadOnlyList<string> values,
        bool variables) => new(op, key, values, variables);

    /// <summary>Evaluates the condition against a request context.</summary>
    public MatchOutcome Evaluate(RequestContext context, ref EvaluationTrace trace)
    {
        var values = context.Find(_key);
        if (_operator.Family == OperatorFamily.Null)
        {
            var absent = values is null or { Length: 0 };
            return Outcome(Array.IndexOf(_nullChecks, absent) >= 0);
        }

        if (values is null or { Length: 0 })
        {
            trace.AddMissing(_key);

            // AWS: IfExists and ForAllValues hold on a missing key, and so does a plain negated operator.
            return Outcome(
                _operator.IfExists
                || _operator.Set == SetQualifier.ForAllValues
                || (_operator.Set == SetQualifier.None && _operator.Negated));
        }

        return MatchValues(values, context, ref trace);
    }

    /// <summary>Matches the request's values in turn, stopping at the first one that decides the outcome.</summary>
    private MatchOutcome MatchValues(string[] values, RequestContext context, ref EvaluationTrace trace)
    {
        var requireAll = _operator.Set == SetQualifier.ForAllValues
            || (_operator.Set == SetQualifier.None && _operator.Negated);
        foreach (var value in values)
        {
            var one = MatchOne(value, context, ref trace);
            if (one == MatchOutcome.Unresolved)
            {
                return one;
            }

            if (requireAll && one == MatchOutcome.NoMatch)
            {
                return MatchOutcome.NoMatch;
            }

            if (!requireAll && one == MatchOutcome.Match)
            {
                return MatchOutcome.Match;
            }
        }

        return Outcome(requireAll);
    }

    private static MatchOutcome Outcome(bool holds) => holds ? MatchOutcome.Match : MatchOutcome.NoMatch;

    /// <summary>Whether one request value satisfies the operator (for a negated one: matches no value).</summary>
    private MatchOutcome MatchOne(string value, RequestContext context, ref EvaluationTrace trace)
    {
        bool? hit = _operator.Family switch
        {
            OperatorFamily.Numeric => MatchNumber(value),
            OperatorFamily.Date => MatchDate(value),
            OperatorFamily.Binary => MatchBinary(value),
            OperatorFamily.IpAddress => MatchRange(value),
            _ => null,
        };
        if (hit is null && _patterns.Length > 0)
        {
            var pattern = MatchPatterns(value, context, ref trace);
            if (pattern == MatchOutcome.Unresolved)
            {
                return pattern;
            }

            hit = pattern == MatchOutcome.Match;
        }

        // A request value the operator cannot read fails the condition whichever way the operator points.
        return hit is null ? MatchOutcome.NoMatch : Outcome(hit.Value != _operator.Negated);
    }

    // Each family gets its own loop: a lambda here would allocate a closure on every evaluation.
    private bool? MatchNumber(string value)
    {
        if (!PolicyValues.TryParseNumber(value, out var number))
        {
            return null;
        }

        foreach (var policy in _numbers)
        {
            if (PolicyValues.Compare(number, policy, _operator.Comparison))
            {
                return true;
            }
        }

        return false;
    }

    private bool? MatchDate(string value)
    {
        if (!PolicyValues.TryParseDate(value, out var date))
        {
            return null;
        }

        foreach (var policy in _dates)
        {
            if (PolicyValues.Compare(date, policy, _operator.Comparison))
            {
                return true;
            }
        }

        return false;
    }

    private bool? MatchBinary(string value)
    {
        var bytes = PolicyValues.TryDecodeBase64(value);
        if (bytes is null)
        {
            return null;
        }

        foreach (var policy in _binaries)
        {
            if (policy.AsSpan().SequenceEqual(bytes))
            {
                return true;
            }
        }

        return false;
    }

    private bool? MatchRange(string value)
    {
        if (!System.Net.IPAddress.TryParse(value, out _))
        {
            return null;
        }

        foreach (var range in _ranges)
        {
            if (range.Contains(value))
            {
                return true;
            }
        }

        return false;
    }

    private MatchOutcome MatchPatterns(string value, RequestContext context, ref EvaluationTrace trace)
    {
        foreach (var pattern in _patterns)
        {
            var outcome = pattern.Match(value, context, ref trace);
            if (outcome != MatchOutcome.NoMatch)
            {
                return outcome;
            }
        }

        return MatchOutcome.NoMatch;
    }

    private static CompiledPattern CompilePattern(ConditionOperator op, string value, bool variables)
    {
        if (op.Family == OperatorFamily.Bool && !variables && !bool.TryParse(value, out _))
        {
            throw new FormatException($"'{value}' is not a boolean; write 'true' or 'false'.");
        }

        return CompiledPattern.Create(
            value,
            variables,
            wildcards: op.Comparison == Comparison.Like,
            ignoreCase: op.Comparison == Comparison.EqualsIgnoreCase || op.Family == OperatorFamily.Bool);
    }

    private static decimal ParseNumber(string value) =>
        PolicyValues.TryParseNumber(value, out var number)
            ? number
            : throw new FormatException($"'{value}' is not a number; write e.g. '10' or '2.5'.");

    private static DateTimeOffset ParseDate(string value) =>
        PolicyValues.TryParseDate(value, out var date)
            ? date
            : throw new FormatException(
                $"'{value}' is not a date; write ISO 8601 such as '2026-01-31T00:00:00Z' or epoch seconds.");

    private static byte[] ParseBinary(string value) =>
        PolicyValues.TryDecodeBase64(value)
            ?? throw new FormatException($"'{value}' is not base64; BinaryEquals compares base64-encoded bytes.");

    private static bool ParseBool(string value) =>
        bool.TryParse(value, out var flag)
            ? flag
            : throw new FormatException($"'{value}' is not a boolean; Null takes 'true' (key absent) or 'false'.");
}
