using System.CommandLine;
using ImagePipeline.Policies;
using ImagePipeline.Policies.Templates;
using ImagePipeline.Policies.Verification;

namespace ImagePipeline.Cli.Commands;

/// <summary><c>imagepipeline policy verify</c>: the isolation proof on the template's real policies.</summary>
internal static class PolicyVerifyCommand
{
    /// <summary>The template path tried first, relative to the current directory.</summary>
    public const string DefaultTemplate = "deploy/template.yaml";

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var template = TemplateOption();
        var json = new Option<bool>("--json") { Description = "Print the report as JSON instead of a table." };
        var account = ParameterOption(
            "--account-id", "The account id the template is resolved for.", p => p.AccountId);
        var region = ParameterOption("--region", "The region the template is resolved for.", p => p.Region);
        var stack = ParameterOption(
            "--stack-name", "The stack name, which prefixes role and function names.", p => p.StackName);

        var command = new Command(
            "verify",
            "Prove on the template's policies that no tenant can read, write, list or query another tenant's data, " +
            "and that intended access works. Exit 0 when it holds, 1 with counterexamples.");
        command.Options.Add(template);
        command.Options.Add(json);
        command.Options.Add(account);
        command.Options.Add(region);
        command.Options.Add(stack);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var parameters = new TemplateParameters
            {
                AccountId = parseResult.GetValue(account)!,
                Region = parseResult.GetValue(region)!,
                StackName = parseResult.GetValue(stack)!,
            };
            return Run(parseResult.GetValue(template), parameters, parseResult.GetValue(json), output, error);
        });
        return command;
    }

    private static Option<string?> TemplateOption() => new("--template")
    {
        Description = $"The CloudFormation template to verify (default: {DefaultTemplate} here, else the copy " +
            "shipped next to the executable).",
    };

    /// <summary>An option for one template parameter, defaulting to that parameter's default.</summary>
    private static Option<string> ParameterOption(
        string name,
        string description,
        Func<TemplateParameters, string> defaultOf)
    {
        return new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultOf(new TemplateParameters()),
        };
    }

    /// <summary>Loads, verifies and reports; returns the exit code.</summary>
    internal static int Run(
        string? templatePath,
        TemplateParameters parameters,
        bool json,
        TextWriter output,
        TextWriter error)
    {
        var path = ResolveTemplatePath(templatePath);
        if (path is null)
        {
            error.WriteLine(
                $"No template at '{DefaultTemplate}' here or next to the executable; pass --template PATH.");
            return ExitCodes.UsageError;
        }

        IsolationReport report;
        try
        {
            report = LoadAndVerify(path, parameters);
        }
        catch (Exception ex) when (ex is TemplateException or PolicyFormatException or NotSupportedException)
        {
            error.WriteLine($"Cannot verify '{path}': {ex.Message}");
            return ExitCodes.UsageError;
        }

        if (json)
        {
            PolicyReportJson.Write(report, path, output);
        }
        else
        {
            PolicyMatrixRenderer.Write(report, path, output);
        }

        return report.Passed ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static IsolationReport LoadAndVerify(string path, TemplateParameters parameters)
    {
        var template = TemplateReader.Load(path, parameters with
        {
            BrokerPrincipalArn =
                $"arn:{parameters.Partition}:iam::{parameters.AccountId}:role/{parameters.StackName}-broker",
        });
        return IsolationVerifier.Verify(template);
    }

    private static string? ResolveTemplatePath(string? given)
    {
        if (given is not null)
        {
            return given;
        }

        string[] candidates = [DefaultTemplate, Path.Combine(AppContext.BaseDirectory, DefaultTemplate)];
        return candidates.FirstOrDefault(File.Exists);
    }
}
