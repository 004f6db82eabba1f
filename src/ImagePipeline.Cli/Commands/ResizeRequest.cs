namespace ImagePipeline.Cli.Commands;

/// <summary>The arguments of <c>imagepipeline resize</c>, as parsed.</summary>
/// <param name="Engine">The engine name, or null for the configured default.</param>
/// <param name="Input">The file to resize.</param>
/// <param name="Output">The folder to write variants to.</param>
internal sealed record ResizeRequest(string? Engine, FileInfo? Input, DirectoryInfo? Output);
