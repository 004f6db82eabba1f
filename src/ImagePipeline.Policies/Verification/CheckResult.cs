namespace ImagePipeline.Policies.Verification;

/// <summary>The evaluator's answer to one check.</summary>
/// <param name="Check">The check.</param>
/// <param name="Decision">The decision, with matched statements and missing keys.</param>
public sealed record CheckResult(IsolationCheck Check, AuthorizationDecision Decision)
{
    /// <summary>Whether the answer is the one isolation requires.</summary>
    public bool Passed => Decision.IsAllowed == Check.ExpectAllowed;
}
