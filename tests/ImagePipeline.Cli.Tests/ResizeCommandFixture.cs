using System.CommandLine;
using ImagePipeline.Cli.Commands;

namespace ImagePipeline.Cli.Tests;

/// <summary>Runs <c>imagepipeline resize</c> in-process against a private temporary folder.</summary>
public sealed class ResizeCommandFixture : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("imagepipeline-resize-").FullName;

    public string OutFolder => Path.Combine(Folder, "out");

    public string Write(string name, byte[] content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { ResizeCommand.Create() };
        var exitCode = root.Parse(["resize", .. args]).Invoke(new InvocationConfiguration
        {
            Output = output,
            Error = error,
        });
        return (exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
