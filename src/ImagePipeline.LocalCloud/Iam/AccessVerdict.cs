namespace ImagePipeline.LocalCloud.Iam;

/// <summary>The answer to an <see cref="AccessQuery"/>, with the statements behind it.</summary>
/// <param name="Decision">Allowed, explicitly denied or implicitly denied.</param>
/// <param name="DecidingStatement">The statement that decided it (<c>policy:Sid</c>), or null when none did.</param>
/// <param name="MatchedStatements">Every statement that applied.</param>
/// <param name="MissingContextKeys">Condition keys a statement needed that the request did not carry.</param>
/// <param name="Reason">Why it was denied, in AWS's words, for example <c>because no identity-based policy
/// allows the s3:GetObject action</c>; empty when allowed.</param>
public sealed record AccessVerdict(
    AccessDecision Decision,
    string? DecidingStatement,
    IReadOnlyList<string> MatchedStatements,
    IReadOnlyList<string> MissingContextKeys,
    string Reason)
{
    /// <summary>Whether the check passed.</summary>
    public bool IsAllowed => Decision == AccessDecision.Allowed;

    /// <summary>An implicit deny with a reason, for checks that could not be evaluated at all.</summary>
    public static AccessVerdict Refused(string reason) => new(AccessDecision.ImplicitDeny, null, [], [], reason);
}
