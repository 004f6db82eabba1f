using System.CommandLine;
using System.Text;

namespace ImagePipeline.Cli.Commands;

/// <summary><c>imagepipeline policy simulate</c>: evaluate requests against given policies.</summary>
internal static class PolicySimulateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var batch = new Option<string?>("--batch")
        {
            Description = "A file of JSON lines, or '-' for standard input; one request per line, one answer per line.",
        };
        var policies = new Option<string[]>("--policy")
        {
            Description = "An identity policy: JSON text, or @FILE. Repeat for several.",
            AllowMultipleArgumentsPerToken = false,
        };
        var resourcePolicy = new Option<string?>("--resource-policy") { Description = "The resource or trust policy: JSON or @FILE." };
        var boundary = new Option<string?>("--permissions-boundary") { Description = "The permissions boundary: JSON or @FILE." };
        var session = new Option<string?>("--session-policy") { Description = "The session policy: JSON or @FILE." };
        var principal = new Option<string?>("--principal") { Description = "The caller's ARN." };
        var action = new Option<string?>("--action") { Description = "The action, such as s3:GetObject." };
        var resource = new Option<string?>("--resource") { Description = "The resource ARN." };
        var context = new Option<string[]>("--context")
        {
            Description = "A context key and value as KEY=VALUE; repeat a key for a multi-valued key.",
        };
        var command = new Command(
            "simulate",
            "Evaluate IAM requests: one from the options, or many as JSON lines with --batch. Prints one JSON " +
            "line per request: {\"id\", \"decision\", \"matchedStatements\"}.");
        foreach (var option in new Option[] { batch, policies, resourcePolicy, boundary, session, principal, action, resource, context })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var batchPath = parseResult.GetValue(batch);
            if (batchPath is not null)
            {
                return RunBatch(batchPath, output, error);
            }

            var line = PolicySimulateSingle.ToJsonLine(
                parseResult.GetValue(policies) ?? [],
                parseResult.GetValue(resourcePolicy),
                parseResult.GetValue(boundary),
                parseResult.GetValue(session),
                parseResult.GetValue(principal),
                parseResult.GetValue(action),
                parseResult.GetValue(resource),
                parseResult.GetValue(context) ?? [],
                out var problem);
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
            error.WriteLine($"Batch file '{path}' does not exist; pass a file of JSON lines, or '-' for standard input.");
            return ExitCodes.UsageError;
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        return new PolicyBatchSimulator().Run(reader, output, error);
    }
}
