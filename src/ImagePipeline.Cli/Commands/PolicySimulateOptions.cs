using System.CommandLine;

namespace ImagePipeline.Cli.Commands;

/// <summary>The options of <c>policy simulate</c>.</summary>
internal sealed class PolicySimulateOptions
{
    /// <summary>The batch file, or <c>-</c>.</summary>
    public Option<string?> Batch { get; } = new("--batch")
    {
        Description = "A file of JSON lines, or '-' for standard input; one request per line, one answer per line.",
    };

    /// <summary>Identity policies.</summary>
    public Option<string[]> Policies { get; } = new("--policy")
    {
        Description = "An identity policy: JSON text, or @FILE. Repeat for several.",
    };

    /// <summary>The resource or trust policy.</summary>
    public Option<string?> ResourcePolicy { get; } = new("--resource-policy")
    {
        Description = "The resource or trust policy: JSON or @FILE.",
    };

    /// <summary>The permissions boundary.</summary>
    public Option<string?> Boundary { get; } = new("--permissions-boundary")
    {
        Description = "The permissions boundary: JSON or @FILE.",
    };

    /// <summary>The session policy.</summary>
    public Option<string?> Session { get; } = new("--session-policy")
    {
        Description = "The session policy: JSON or @FILE.",
    };

    /// <summary>The caller.</summary>
    public Option<string?> Principal { get; } = new("--principal") { Description = "The caller's ARN." };

    /// <summary>The action.</summary>
    public Option<string?> Action { get; } = new("--action") { Description = "The action, such as s3:GetObject." };

    /// <summary>The resource.</summary>
    public Option<string?> Resource { get; } = new("--resource") { Description = "The resource ARN." };

    /// <summary>Context keys.</summary>
    public Option<string[]> Context { get; } = new("--context")
    {
        Description = "A context key and value as KEY=VALUE; repeat a key for a multi-valued key.",
    };

    /// <summary>Adds every option to the command.</summary>
    public void AddTo(Command command)
    {
        Option[] all = [Batch, Policies, ResourcePolicy, Boundary, Session, Principal, Action, Resource, Context];
        foreach (var option in all)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The single request the options describe as one batch line; null with the problem.</summary>
    public string? ToJsonLine(ParseResult parseResult, out string? problem) =>
        PolicySimulateSingle.ToJsonLine(
            new PolicySimulatePolicies(
                parseResult.GetValue(Policies) ?? [],
                parseResult.GetValue(ResourcePolicy),
                parseResult.GetValue(Boundary),
                parseResult.GetValue(Session)),
            parseResult.GetValue(Principal),
            parseResult.GetValue(Action),
            parseResult.GetValue(Resource),
            parseResult.GetValue(Context) ?? [],
            out problem);
}
