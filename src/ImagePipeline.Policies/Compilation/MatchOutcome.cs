namespace ImagePipeline.Policies.Compilation;

/// <summary>The result of testing one value against a pattern or a statement element.</summary>
internal enum MatchOutcome
{
    /// <summary>It does not match.</summary>
    NoMatch,

    /// <summary>It matches.</summary>
    Match,

    /// <summary>A policy variable had no value, so the statement does not apply.</summary>
    Unresolved,
}
