namespace ImagePipeline.Policies.Templates;

/// <summary>A Lambda function of the template.</summary>
/// <param name="LogicalId">The function's logical id.</param>
/// <param name="FunctionName">The function name.</param>
/// <param name="Arn">The function ARN.</param>
/// <param name="RoleArn">The execution role's ARN.</param>
/// <param name="Runtime">The runtime, such as <c>provided.al2023</c>.</param>
/// <param name="Handler">The handler.</param>
/// <param name="CodeBucket">The bucket of the deployment package.</param>
/// <param name="CodeKey">The key of the deployment package.</param>
/// <param name="Environment">The environment variables.</param>
public sealed record ResolvedFunction(
    string LogicalId,
    string FunctionName,
    string Arn,
    string RoleArn,
    string Runtime,
    string Handler,
    string CodeBucket,
    string CodeKey,
    IReadOnlyDictionary<string, string> Environment);
