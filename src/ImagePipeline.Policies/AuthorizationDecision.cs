namespace ImagePipeline.Policies;

/// <summary>The answer to one request, with the statements that decided it.</summary>
/// <param name="Decision">Allowed, explicitly denied or implicitly denied.</param>
/// <param name="MatchedStatements">Every statement that applied, allows and denies alike.</param>
/// <param name="MissingContextKeys">Context keys a statement needed that the request did not carry.</param>
public sealed record AuthorizationDecision(
    Decision Decision,
    IReadOnlyList<MatchedStatement> MatchedStatements,
    IReadOnlyList<string> MissingContextKeys)
{
    /// <summary>Whether the request is allowed.</summary>
    public bool IsAllowed => Decision == Decision.Allowed;
}
