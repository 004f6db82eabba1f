namespace ImagePipeline.Policies.Compilation;

/// <summary>A statement compiled for evaluation.</summary>
internal sealed class CompiledStatement
{
    private static readonly RequestContext EmptyContext = new();

    private readonly CompiledPattern[] _actions;
    private readonly bool _notAction;
    private readonly CompiledPattern[] _resources;
    private readonly bool _notResource;
    private readonly bool _hasResource;
    private readonly PrincipalMatcher[] _principals;
    private readonly bool _notPrincipal;
    private readonly bool _hasPrincipal;
    private readonly CompiledCondition[] _conditions;

    /// <summary>Compiles a statement from its parsed parts.</summary>
    public CompiledStatement(
        PolicyStatement statement,
        MatchedStatement report,
        CompiledCondition[] conditions,
        bool variables)
    {
        Effect = statement.Effect;
        Report = report;
        ReportAlone = Array.AsReadOnly([report]);
        _actions = [.. statement.Actions.Select(a => CompiledPattern.Create(a, false, true, ignoreCase: true))];
        _notAction = statement.IsNotAction;
        _resources = [.. statement.Resources.Select(r => CompiledPattern.Create(r, variables, true, false))];
        _notResource = statement.IsNotResource;
        _hasResource = statement.HasResourceElement;
        _principals = [.. statement.Principals.Select(PrincipalMatcher.Create)];
        _notPrincipal = statement.IsNotPrincipal;
        _hasPrincipal = _principals.Length > 0;
        _conditions = conditions;
    }

    /// <summary>Whether the statement allows or denies.</summary>
    public PolicyEffect Effect { get; }

    /// <summary>How decisions report this statement.</summary>
    public MatchedStatement Report { get; }

    /// <summary>A read-only list holding only <see cref="Report"/>, shared by decisions it alone decided.</summary>
    public IReadOnlyList<MatchedStatement> ReportAlone { get; }

    /// <summary>Tests the statement against a request; elements are checked cheapest first.</summary>
    public StatementOutcome Evaluate(
        AuthorizationRequest request,
        ReadOnlySpan<char> principalAccount,
        ref EvaluationTrace trace)
    {
        if (!MatchesAction(request.Action))
        {
            return StatementOutcome.NotApplicable;
        }

        var principal = MatchPrincipal(request.Principal, principalAccount);
        if (principal == PrincipalMatch.None)
        {
            return StatementOutcome.NotApplicable;
        }

        if (_hasResource && MatchResource(request, ref trace) != MatchOutcome.Match)
        {
            return StatementOutcome.NotApplicable;
        }

        foreach (var condition in _conditions)
        {
            if (condition.Evaluate(request.Context, ref trace) != MatchOutcome.Match)
            {
                return StatementOutcome.NotApplicable;
            }
        }

        return new StatementOutcome(true, principal);
    }

    private bool MatchesAction(string action)
    {
        var trace = default(EvaluationTrace);
        var context = EmptyContext;
        foreach (var pattern in _actions)
        {
            if (pattern.Match(action, context, ref trace) == MatchOutcome.Match)
            {
                return !_notAction;
            }
        }

        return _notAction;
    }

    private PrincipalMatch MatchPrincipal(string principal, ReadOnlySpan<char> principalAccount)
    {
        if (!_hasPrincipal)
        {
            // Identity-shaped policies have no Principal: they belong to the caller.
            return PrincipalMatch.Direct;
        }

        var best = PrincipalMatch.None;
        foreach (var matcher in _principals)
        {
            var match = matcher.Match(principal, principalAccount);
            best = match > best ? match : best;
        }

        if (_notPrincipal)
        {
            return best == PrincipalMatch.None ? PrincipalMatch.Direct : PrincipalMatch.None;
        }

        return best;
    }

    /// <summary>Matches the resource; a variable without a value makes the whole statement not apply.</summary>
    private MatchOutcome MatchResource(AuthorizationRequest request, ref EvaluationTrace trace)
    {
        foreach (var pattern in _resources)
        {
            var outcome = pattern.Match(request.Resource, request.Context, ref trace);
            if (outcome == MatchOutcome.Unresolved)
            {
                return outcome;
            }

            if (outcome == MatchOutcome.Match)
            {
                return _notResource ? MatchOutcome.NoMatch : MatchOutcome.Match;
            }
        }

        return _notResource ? MatchOutcome.Match : MatchOutcome.NoMatch;
    }

}
