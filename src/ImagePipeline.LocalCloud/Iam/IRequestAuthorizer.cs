namespace ImagePipeline.LocalCloud.Iam;

/// <summary>Decides one authorization check; the gateway's only way to reach an IAM decision.</summary>
/// <remarks>Implementations fail closed: anything they cannot evaluate is an implicit deny, never an allow.</remarks>
public interface IRequestAuthorizer
{
    /// <summary>Evaluates the caller's policies and the resource policy for one action on one resource.</summary>
    AccessVerdict Authorize(AccessQuery query);
}
