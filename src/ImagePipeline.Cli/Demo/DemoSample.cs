namespace ImagePipeline.Cli.Demo;

/// <summary>One sample image the demo uploads.</summary>
/// <param name="Name">The name below the tenant's originals folder.</param>
/// <param name="Content">The encoded bytes.</param>
/// <param name="ContentType">The content type the upload declares.</param>
/// <param name="IsHostile">Whether the pipeline is expected to reject it.</param>
internal sealed record DemoSample(string Name, byte[] Content, string ContentType, bool IsHostile);
