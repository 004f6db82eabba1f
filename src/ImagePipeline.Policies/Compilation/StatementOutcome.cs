namespace ImagePipeline.Policies.Compilation;

/// <summary>Whether a statement applied to a request and, for resource policies, how it named the caller.</summary>
/// <param name="Applies">Whether every element of the statement matched.</param>
/// <param name="Principal">How the statement's principal element named the caller.</param>
internal readonly record struct StatementOutcome(bool Applies, PrincipalMatch Principal)
{
    /// <summary>The statement does not apply.</summary>
    public static StatementOutcome NotApplicable => default;
}
