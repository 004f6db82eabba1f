namespace ImagePipeline.Policies;

/// <summary>What a statement does when it applies.</summary>
public enum PolicyEffect
{
    /// <summary>The statement grants the request.</summary>
    Allow,

    /// <summary>The statement refuses the request, whatever else grants it.</summary>
    Deny,
}
