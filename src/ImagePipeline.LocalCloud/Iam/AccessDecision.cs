namespace ImagePipeline.LocalCloud.Iam;

/// <summary>The gateway's decision on one authorization check, named as IAM names them.</summary>
public enum AccessDecision
{
    /// <summary>The policies allow the request.</summary>
    Allowed,

    /// <summary>A <c>Deny</c> statement applied.</summary>
    ExplicitDeny,

    /// <summary>No statement allowed the request (also used for requests that could not be evaluated).</summary>
    ImplicitDeny,
}
