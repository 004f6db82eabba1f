namespace ImagePipeline.Policies;

/// <summary>The outcome of evaluating one request against a set of policies.</summary>
public enum Decision
{
    /// <summary>No statement denied it, and the policies that must grant it did.</summary>
    Allowed,

    /// <summary>A <c>Deny</c> statement applied; nothing can override it.</summary>
    ExplicitDeny,

    /// <summary>Nothing denied it, but nothing that must grant it did either.</summary>
    ImplicitDeny,
}
