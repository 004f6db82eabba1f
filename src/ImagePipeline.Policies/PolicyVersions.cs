namespace ImagePipeline.Policies;

/// <summary>The policy language versions AWS accepts.</summary>
public static class PolicyVersions
{
    /// <summary>The current version; the only one in which policy variables are substituted.</summary>
    public const string Current = "2012-10-17";

    /// <summary>The original version, assumed without <c>Version</c>; <c>${...}</c> is literal there.</summary>
    public const string Legacy = "2008-10-17";
}
