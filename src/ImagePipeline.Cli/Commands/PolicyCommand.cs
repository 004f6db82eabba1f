using System.CommandLine;

namespace ImagePipeline.Cli.Commands;

/// <summary>The <c>policy</c> command group: the isolation proof and the IAM simulator.</summary>
internal static class PolicyCommand
{
    /// <summary>Creates <c>imagepipeline policy</c> with its subcommands.</summary>
    public static Command Create()
    {
        var command = new Command(
            "policy",
            "Check the template's IAM policies: prove tenant isolation, simulate requests.");
        command.Subcommands.Add(PolicyVerifyCommand.Create());
        command.Subcommands.Add(PolicySimulateCommand.Create());
        return command;
    }
}
