namespace ImagePipeline.Policies.Compilation;

/// <summary>A pattern of literals, wildcards and variables, matched without allocating.</summary>
internal sealed class CompiledPattern
{
    private readonly PatternToken[] _tokens;
    private readonly StringComparison _comparison;

    private CompiledPattern(string text, PatternToken[] tokens, StringComparison comparison)
    {
        Text = text;
        _tokens = tokens;
        _comparison = comparison;
        HasVariables = tokens.Any(t => t.Kind == PatternTokenKind.Variable);
        MatchesEverything = tokens is [{ Kind: PatternTokenKind.AnyString }];
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>Whether the pattern has policy variables.</summary>
    public bool HasVariables { get; }

    /// <summary>Whether the pattern is a lone <c>*</c>.</summary>
    public bool MatchesEverything { get; }

    /// <summary>Compiles a pattern.</summary>
    /// <exception cref="FormatException">A variable in the text is malformed.</exception>
    public static CompiledPattern Create(string text, bool variables, bool wildcards, bool ignoreCase) =>
        new(
            text,
            PolicyTextReader.Read(text, variables, wildcards),
            ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>Tests a value, reporting the first variable without a value as missing.</summary>
    public MatchOutcome Match(string value, RequestContext context, ref EvaluationTrace trace)
    {
        if (MatchesEverything)
        {
            return MatchOutcome.Match;
        }

        if (HasVariables && !AllResolved(context, ref trace))
        {
            return MatchOutcome.Unresolved;
        }

        return MatchFrom(0, value, 0, context) ? MatchOutcome.Match : MatchOutcome.NoMatch;
    }

    /// <summary>The value of a variable token, or null when the request cannot supply one.</summary>
    internal static string? Resolve(in PatternToken token, RequestContext context)
    {
        var values = context.Find(token.Text);

        // A multi-valued key cannot be substituted into one string, so it counts as unresolved.
        return values is { Length: 1 } ? values[0] : token.Default;
    }

    private bool AllResolved(RequestContext context, ref EvaluationTrace trace)
    {
        foreach (var token in _tokens)
        {
            if (token.Kind == PatternTokenKind.Variable && Resolve(token, context) is null)
            {
                trace.AddMissing(token.Text);
                return false;
            }
        }

        return true;
    }

    private bool MatchFrom(int ti, string value, int vi, RequestContext context)
    {
        while (ti < _tokens.Length)
        {
            var token = _tokens[ti];
            switch (token.Kind)
            {
                case PatternTokenKind.AnyChar:
                    if (vi >= value.Length)
                    {
                        return false;
                    }

                    vi++;
                    break;
                case PatternTokenKind.AnyString:
                    return MatchStar(ti + 1, value, vi, context);
                default:
                    var text = token.Kind == PatternTokenKind.Literal ? token.Text : Resolve(token, context)!;
                    if (!value.AsSpan(vi).StartsWith(text, _comparison))
                    {
                        return false;
                    }

                    vi += text.Length;
                    break;
            }

            ti++;
        }

        return vi == value.Length;
    }

    private bool MatchStar(int next, string value, int vi, RequestContext context)
    {
        if (next == _tokens.Length)
        {
            return true;
        }

        for (var k = vi; k <= value.Length; k++)
        {
            if (MatchFrom(next, value, k, context))
            {
                return true;
            }
        }

        return false;
    }
}
