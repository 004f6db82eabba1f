namespace ImagePipeline.Policies.Verification;

/// <summary>One request the verifier asks, and the answer isolation requires.</summary>
/// <param name="Category">What kind of access it tries.</param>
/// <param name="Principal">Who asks.</param>
/// <param name="Action">The action.</param>
/// <param name="Resource">The resource ARN.</param>
/// <param name="Context">The full request context: the principal's keys plus the request's own.</param>
/// <param name="ResourcePolicy">The bucket policy or trust policy that applies, if any.</param>
/// <param name="ExpectAllowed">True for intended access; false for everything that must be denied.</param>
/// <param name="Victim">The tenant whose data the request reaches for, if any.</param>
public sealed record IsolationCheck(
    CheckCategory Category,
    VerifierPrincipal Principal,
    string Action,
    string Resource,
    RequestContext Context,
    PolicyDocument? ResourcePolicy,
    bool ExpectAllowed,
    string? Victim);
