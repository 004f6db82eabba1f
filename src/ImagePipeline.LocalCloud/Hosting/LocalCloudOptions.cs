using ImagePipeline.Policies.Templates;
using Microsoft.Extensions.Logging;

namespace ImagePipeline.LocalCloud.Hosting;

/// <summary>How to bring up a <see cref="LocalCloudHost"/>; validated at start-up.</summary>
public sealed record LocalCloudOptions
{
    /// <summary>The audit file's name inside <see cref="DataDirectory"/>.</summary>
    public const string AuditFileName = "audit.jsonl";

    /// <summary>The dead-letter file's name inside <see cref="DataDirectory"/>.</summary>
    public const string DeadLetterFileName = "dead-letter.jsonl";

    /// <summary>The template to provision, normally <c>deploy/template.yaml</c>.</summary>
    public required string TemplatePath { get; init; }

    /// <summary>The folder for the audit trail and the dead-letter file; created when missing.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The gateway's loopback port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The account the local cloud plays.</summary>
    public string Account { get; init; } = "123456789012";

    /// <summary>The region the local cloud plays.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The stack name the template is resolved with; it prefixes role and function names.</summary>
    public string StackName { get; init; } = "imagepipeline";

    /// <summary>The <c>BucketName</c> parameter.</summary>
    public string BucketName { get; init; } = "imagepipeline-images";

    /// <summary>The <c>TableName</c> parameter.</summary>
    public string TableName { get; init; } = "image-metadata";

    /// <summary>The broker user's name; its ARN is passed as the template's <c>BrokerPrincipalArn</c>.</summary>
    public string BrokerUserName { get; init; } = "imagepipeline-broker";

    /// <summary>The image engine the function uses; null for the default engine.</summary>
    public string? EngineName { get; init; }

    /// <summary>How the function host delivers events.</summary>
    public FunctionHostSettings FunctionHost { get; init; } = new();

    /// <summary>Creates the hosted function; null runs the real resize function.</summary>
    public FunctionHandlerFactory? HandlerFactory { get; init; }

    /// <summary>Documents of permissions boundaries by ARN, for templates that name one.</summary>
    public IReadOnlyDictionary<string, string>? PermissionsBoundaries { get; init; }

    /// <summary>Where every component logs; null logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>The template parameters these options resolve the template with.</summary>
    public TemplateParameters TemplateParameters => new()
    {
        AccountId = Account,
        Region = Region,
        StackName = StackName,
        BucketName = BucketName,
        TableName = TableName,
        BrokerPrincipalArn = $"arn:aws:iam::{Account}:user/{BrokerUserName}",
    };

    /// <summary>The first setting that is wrong, with how to fix it, or null when all are usable.</summary>
    public string? Validate()
    {
        if (!File.Exists(TemplatePath))
        {
            return $"Template '{TemplatePath}' does not exist; pass the path of deploy/template.yaml.";
        }

        if (string.IsNullOrWhiteSpace(DataDirectory))
        {
            return "DataDirectory is empty; pass a folder for the audit trail and the dead-letter file.";
        }

        if (Port is < 0 or > 65535)
        {
            return $"Port {Port} is not a TCP port; use 0 for a free port or 1-65535.";
        }

        return FunctionHost.Validate();
    }
}
