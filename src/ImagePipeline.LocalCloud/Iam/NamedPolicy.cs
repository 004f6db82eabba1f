namespace ImagePipeline.LocalCloud.Iam;

/// <summary>A policy document with the name that decisions and the audit trail quote.</summary>
/// <param name="Name">The policy name, for example the CloudFormation policy name.</param>
/// <param name="Json">The policy document, as deployed.</param>
public sealed record NamedPolicy(string Name, string Json);
