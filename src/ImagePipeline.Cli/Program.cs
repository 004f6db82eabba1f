using System.CommandLine;
using ImagePipeline.Cli.Commands;

var root = new RootCommand(
    "ImagePipeline: a tenant-isolated serverless image pipeline, run locally with IAM enforced, then on AWS.");

foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
