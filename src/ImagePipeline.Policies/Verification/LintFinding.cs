namespace ImagePipeline.Policies.Verification;

/// <summary>A warning about policy text that is risky even when the checks pass.</summary>
/// <param name="Policy">The policy's name.</param>
/// <param name="Statement">The statement's Sid or position.</param>
/// <param name="Message">What is risky and what to write instead.</param>
public sealed record LintFinding(string Policy, string Statement, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Policy}:{Statement}: {Message}";
}
