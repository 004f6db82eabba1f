using ImagePipeline.Policies.Templates;

namespace ImagePipeline.Policies.Tests;

/// <summary>The project's real template, copied next to the tests, and the parameters tests resolve it with.</summary>
internal static class TestTemplate
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "deploy", "template.yaml");

    public static string Text => File.ReadAllText(Path);

    public static TemplateParameters Parameters { get; } = new()
    {
        AccountId = "111122223333",
        Region = "eu-west-1",
        StackName = "pipe",
        BucketName = "pipe-images",
        TableName = "pipe-metadata",
        BrokerPrincipalArn = "arn:aws:iam::111122223333:role/pipe-broker",
        FunctionCodeBucket = "pipe-artifacts",
        FunctionCodeKey = "resize.zip",
    };

    public static ResolvedTemplate Resolve() => TemplateReader.Parse(Text, Parameters);
}
