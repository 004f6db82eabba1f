using Spectre.Console;

namespace ImagePipeline.Cli.Demo;

/// <summary>Shows what the demo is doing: a live status on a terminal, plain lines when output is redirected.</summary>
internal sealed class DemoProgress
{
    private readonly IAnsiConsole _console;
    private StatusContext? _status;

    public DemoProgress(IAnsiConsole console) => _console = console;

    /// <summary>Runs the work under a live status when the console is interactive.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        if (!_console.Profile.Capabilities.Interactive)
        {
            return await work();
        }

        return await _console.Status().StartAsync("Starting", async context =>
        {
            _status = context;
            try
            {
                return await work();
            }
            finally
            {
                _status = null;
            }
        });
    }

    /// <summary>Says which step is running.</summary>
    public void Step(string text)
    {
        if (_status is { } status)
        {
            status.Status = Markup.Escape(text);
            return;
        }

        _console.WriteLine($"... {text}");
    }

    /// <summary>Says a step finished.</summary>
    public void Done(string text) => _console.MarkupLine($"[green]done[/] {Markup.Escape(text)}");
}
