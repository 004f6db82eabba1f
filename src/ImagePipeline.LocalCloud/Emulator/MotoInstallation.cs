namespace ImagePipeline.LocalCloud.Emulator;

/// <summary>Where the <c>moto_server</c> executable was found, and how.</summary>
/// <param name="ExecutablePath">The full path of <c>moto_server</c>.</param>
/// <param name="Source">How it was found: the override variable, the PATH, or the private environment.</param>
public sealed record MotoInstallation(string ExecutablePath, string Source);
