namespace ImagePipeline.Policies;

/// <summary>One entry of a <c>Principal</c> or <c>NotPrincipal</c> element.</summary>
/// <param name="Type">The type: <c>AWS</c>, <c>Service</c>, <c>Federated</c>, <c>CanonicalUser</c> or <c>*</c>.</param>
/// <param name="Value">The identifier: an account id, an ARN, a service name, or <c>*</c>.</param>
public sealed record PolicyPrincipal(string Type, string Value)
{
    /// <summary>The principal type that stands for every principal.</summary>
    public const string Anyone = "*";
}
