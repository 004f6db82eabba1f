using System.CommandLine;

namespace ImagePipeline.Cli.Commands;

/// <summary>Every top-level command of <c>imagepipeline</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    /// <summary>Creates the top-level commands.</summary>
    /// <remarks>Each command lives in its own file and exposes <c>static Command Create()</c>.</remarks>
    public static IEnumerable<Command> All()
    {
        yield return PolicyCommand.Create();
        yield return ResizeCommand.Create();
        yield return DemoCommand.Create();
        yield return UpCommand.Create();
        yield return CredsCommand.Create();
        yield return AuditCommand.Create();
    }
}
