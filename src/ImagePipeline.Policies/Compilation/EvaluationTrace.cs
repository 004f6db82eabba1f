namespace ImagePipeline.Policies.Compilation;

/// <summary>What one evaluation noticed; lists are only allocated when there is something to record.</summary>
internal struct EvaluationTrace
{
    private IReadOnlyList<MatchedStatement>? _single;
    private List<MatchedStatement>? _matched;
    private List<string>? _missing;

    /// <summary>Records a statement that applied.</summary>
    /// <param name="single">
    /// A cached one-element list holding just this statement, so one match allocates nothing.
    /// </param>
    public void AddMatched(IReadOnlyList<MatchedStatement> single)
    {
        if (_single is null && _matched is null)
        {
            _single = single;
            return;
        }

        _matched ??= [.. _single!];
        _matched.Add(single[0]);
    }

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
    public readonly IReadOnlyList<MatchedStatement> Matched =>
        _matched ?? _single ?? [];

    /// <summary>The missing context keys.</summary>
    public readonly IReadOnlyList<string> Missing => (IReadOnlyList<string>?)_missing ?? [];
}
