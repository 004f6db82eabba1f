namespace ImagePipeline.Policies.Verification;

/// <summary>The outcome of verifying a template: every check, the counterexamples and the lint warnings.</summary>
/// <param name="Results">Every check with its decision.</param>
/// <param name="Warnings">Lint findings on the policy text.</param>
public sealed record IsolationReport(IReadOnlyList<CheckResult> Results, IReadOnlyList<LintFinding> Warnings)
{
    /// <summary>Whether every check got the answer isolation requires.</summary>
    public bool Passed => Results.All(r => r.Passed);

    /// <summary>The checks that got the wrong answer.</summary>
    public IEnumerable<CheckResult> Counterexamples => Results.Where(r => !r.Passed);

    /// <summary>The principal kinds, in the order checks were made; the rows of the matrix.</summary>
    public IReadOnlyList<string> PrincipalKinds => [.. Results.Select(r => r.Check.Principal.Kind).Distinct()];

    /// <summary>The passed and total counts of one cell of the matrix.</summary>
    public (int Passed, int Total) Cell(string principalKind, CheckCategory category)
    {
        var cell = Results.Where(r => r.Check.Principal.Kind == principalKind && r.Check.Category == category).ToList();
        return (cell.Count(r => r.Passed), cell.Count);
    }
}
