using System.CommandLine;
using Spectre.Console;

namespace ImagePipeline.IntegrationTests.Infrastructure;

/// <summary>Runs a CLI command in-process on a plain, wide, non-interactive console, keeping its output.</summary>
public static class CommandRun
{
    /// <summary>Creates the command on a captured console, runs it, and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        Func<IAnsiConsole, Command> create,
        params string[] arguments)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 240;

        var exitCode = await create(console)
            .Parse(arguments)
            .InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);
        return (exitCode, output.ToString());
    }
}
