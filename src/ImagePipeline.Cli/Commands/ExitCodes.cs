namespace ImagePipeline.Cli.Commands;

/// <summary>The exit codes every command uses.</summary>
internal static class ExitCodes
{
    /// <summary>The work was done and everything held.</summary>
    public const int Success = 0;

    /// <summary>The work ran but found a problem: a refused image, a failed isolation check.</summary>
    public const int Failed = 1;

    /// <summary>The command could not run: bad arguments, bad configuration, a missing tool.</summary>
    public const int UsageError = 2;
}
