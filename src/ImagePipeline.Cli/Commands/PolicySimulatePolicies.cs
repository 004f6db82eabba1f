namespace ImagePipeline.Cli.Commands;

/// <summary>The policy options of <c>policy simulate</c>: JSON text or <c>@FILE</c> each.</summary>
/// <param name="Identity">Identity policies.</param>
/// <param name="Resource">The resource or trust policy.</param>
/// <param name="Boundary">The permissions boundary.</param>
/// <param name="Session">The session policy.</param>
internal sealed record PolicySimulatePolicies(string[] Identity, string? Resource, string? Boundary, string? Session);
