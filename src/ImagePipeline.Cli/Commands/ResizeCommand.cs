using System.CommandLine;
using ImagePipeline.Core.Imaging;

namespace ImagePipeline.Cli.Commands;

/// <summary><c>imagepipeline resize</c>: runs the function's resize path on one local file.</summary>
internal static class ResizeCommand
{
    /// <summary>Creates the command and its options.</summary>
    public static Command Create()
    {
        var engine = new Option<string?>("--engine")
        {
            Description =
                $"The image engine: {string.Join(" or ", ImageEngines.Names)}. " +
                $"Defaults to {ImageEngines.EnvironmentVariable}, or {ImageEngines.DefaultName} when that is unset.",
        };
        var input = new Option<FileInfo?>("--input")
        {
            Description = "The image file to resize (required).",
        };
        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = "The folder the variants are written to, created when missing (required).",
        };

        var command = new Command(
            "resize",
            "Resize one image into the function's variants, as the resize function would; exit 1 when refused.");
        command.Options.Add(engine);
        command.Options.Add(input);
        command.Options.Add(output);
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(ResizeRunner.Run(
            new ResizeRequest(parseResult.GetValue(engine), parseResult.GetValue(input), parseResult.GetValue(output)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken)));
        return command;
    }
}
