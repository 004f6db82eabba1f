namespace ImagePipeline.Policies.Compilation;

/// <summary>What one evaluation noticed; lists are only allocated when there is something to record.</summary>
internal struct EvaluationTrace
{
    private List<MatchedStatement>? _matched;
    private List<string>? _missing;

    /// <summary>Records a statement that applied.</summary>
    public void AddMatched(MatchedStatement statement) => (_matched ??= []).Add(statement);

    /// <summary>Records a context key the request did not carry.</summary>
    public void AddMissing(string key)
    {
        _missing ??= [];
        if (!_missing.Contains(key, StringComparer.OrdinalIgnoreCase))
        {
            _missing.Add(key);
        }
    }

    /// <summary>The statements that applied.</summary>
    public readonly IReadOnlyList<MatchedStatement> Matched => (IReadOnlyList<MatchedStatement>?)_matched ?? [];

    /// <summary>The missing context keys.</summary>
    public readonly IReadOnlyList<string> Missing => (IReadOnlyList<string>?)_missing ?? [];
}
