using System.CommandLine;
using ImagePipeline.Cli.Commands;

var root = new RootCommand(
    "ImagePipeline: a tenant-isolated serverless image pipeline, run locally with IAM enforced, then on AWS.");

foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

// Ctrl-C and SIGTERM cancel the command's token; long-running commands such as 'up' need a few seconds to stop
// the emulator and drain queued events, so they get more than the default two before the process ends.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) };
return await root.Parse(args).InvokeAsync(invocation);
