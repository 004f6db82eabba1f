namespace ImagePipeline.Policies.Templates;

/// <summary>The values a template is resolved with: the pseudo parameters and the template's parameters.</summary>
public sealed record TemplateParameters
{
    /// <summary>The account id, <c>AWS::AccountId</c>.</summary>
    public string AccountId { get; init; } = "000000000000";

    /// <summary>The region, <c>AWS::Region</c>.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The partition, <c>AWS::Partition</c>.</summary>
    public string Partition { get; init; } = "aws";

    /// <summary>The stack name, <c>AWS::StackName</c>; it prefixes role and function names.</summary>
    public string StackName { get; init; } = "imagepipeline";

    /// <summary>The <c>BucketName</c> parameter.</summary>
    public string BucketName { get; init; } = "imagepipeline-images";

    /// <summary>The <c>TableName</c> parameter.</summary>
    public string TableName { get; init; } = "image-metadata";

    /// <summary>The <c>BrokerPrincipalArn</c> parameter: who may start tagged tenant user sessions.</summary>
    public string BrokerPrincipalArn { get; init; } = "arn:aws:iam::000000000000:role/imagepipeline-broker";

    /// <summary>The <c>FunctionCodeBucket</c> parameter.</summary>
    public string FunctionCodeBucket { get; init; } = "imagepipeline-artifacts";

    /// <summary>The <c>FunctionCodeKey</c> parameter.</summary>
    public string FunctionCodeKey { get; init; } = "function/bootstrap.zip";

    /// <summary>Further template parameters by name; they override the named properties above.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    /// <summary>The template parameter values by name.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["BucketName"] = BucketName,
            ["TableName"] = TableName,
            ["BrokerPrincipalArn"] = BrokerPrincipalArn,
            ["FunctionCodeBucket"] = FunctionCodeBucket,
            ["FunctionCodeKey"] = FunctionCodeKey,
        };
        foreach (var (name, value) in Extra)
        {
            values[name] = value;
        }

        return values;
    }
}
