namespace ImagePipeline.Policies.Compilation;

/// <summary>How specifically a resource policy's <c>Principal</c> named the caller, weakest first.</summary>
internal enum PrincipalMatch
{
    /// <summary>It did not name the caller.</summary>
    None,

    /// <summary>It named the caller's account: an identity policy must grant the request too.</summary>
    Account,

    /// <summary>It named the role of the caller's session: boundary and session policies still cap it.</summary>
    Role,

    /// <summary>It named the caller itself, or everyone.</summary>
    Direct,
}
