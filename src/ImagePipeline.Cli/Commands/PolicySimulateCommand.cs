using System.CommandLine;
using System.Text;

namespace ImagePipeline.Cli.Commands;

/// <summary><c>imagepipeline policy simulate</c>: evaluate requests against given policies.</summary>
internal static class PolicySimulateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var options = new PolicySimulateOptions();
        var command = new Command(
            "simulate",
            "Evaluate IAM requests: one from the options, or many as JSON lines with --batch. Prints one JSON " +
            "line per request: {\"id\", \"decision\", \"matchedStatements\"}.");
        options.AddTo(command);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(options.Batch) is { } batchPath)
            {
                return RunBatch(batchPath, output, error);
            }

            var line = options.ToJsonLine(parseResult, out var problem);
            if (line is null)
            {
                error.WriteLine(problem);
                return ExitCodes.UsageError;
            }

            return new PolicyBatchSimulator().Run(new StringReader(line), output, error);
        });
        return command;
    }

    private static int RunBatch(string path, TextWriter output, TextWriter error)
    {
        if (path == "-")
        {
            return new PolicyBatchSimulator().Run(Console.In, output, error);
        }

        if (!File.Exists(path))
        {
            error.WriteLine(
                $"Batch file '{path}' does not exist; pass a file of JSON lines, or '-' for standard input.");
            return ExitCodes.UsageError;
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        return new PolicyBatchSimulator().Run(reader, output, error);
    }
}
