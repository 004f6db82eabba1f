namespace ImagePipeline.Policies;

/// <summary>A statement that applied to a request.</summary>
/// <param name="PolicyName">The name of the policy holding the statement.</param>
/// <param name="Kind">Where that policy is attached.</param>
/// <param name="Statement">The statement's Sid, or <c>#n</c> with its one-based position.</param>
/// <param name="Effect">Whether the statement allows or denies.</param>
public sealed record MatchedStatement(string PolicyName, PolicyKind Kind, string Statement, PolicyEffect Effect)
{
    /// <inheritdoc />
    public override string ToString() => $"{PolicyName}:{Statement}";
}
