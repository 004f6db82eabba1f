using ImagePipeline.Policies.Templates;

namespace ImagePipeline.LocalCloud.Tests.Provisioning;

/// <summary>The project's real <c>deploy/template.yaml</c>, found above the test binaries.</summary>
internal static class RepositoryTemplate
{
    public const string Account = "123456789012";

    public static string Path { get; } = Find();

    public static TemplateParameters Parameters { get; } = new()
    {
        AccountId = Account,
        StackName = "pipe",
        BucketName = "pipe-images",
        TableName = "pipe-metadata",
        BrokerPrincipalArn = $"arn:aws:iam::{Account}:user/pipe-broker",
    };

    public static ResolvedTemplate Resolve(TemplateParameters? parameters = null) =>
        TemplateReader.Load(Path, parameters ?? Parameters);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, "deploy", "template.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("deploy/template.yaml was not found above the test binaries.");
    }
}
