namespace ImagePipeline.Policies.Templates;

/// <summary>The template resolved for one set of parameters: what the gateway provisions and enforces.</summary>
public sealed record ResolvedTemplate
{
    /// <summary>The parameters it was resolved with.</summary>
    public required TemplateParameters Parameters { get; init; }

    /// <summary>Every IAM role.</summary>
    public required IReadOnlyList<ResolvedRole> Roles { get; init; }

    /// <summary>The image bucket's name.</summary>
    public required string BucketName { get; init; }

    /// <summary>The image bucket's policy, or null when the template has none.</summary>
    public PolicyDocument? BucketPolicy { get; init; }

    /// <summary>The bucket's Lambda notifications.</summary>
    public required IReadOnlyList<BucketNotification> Notifications { get; init; }

    /// <summary>The metadata table.</summary>
    public required ResolvedTable Table { get; init; }

    /// <summary>The Lambda functions.</summary>
    public required IReadOnlyList<ResolvedFunction> Functions { get; init; }

    /// <summary>The role with the given logical id, such as <see cref="TemplateLogicalIds.TenantUserRole"/>.</summary>
    /// <exception cref="TemplateException">The template has no such role.</exception>
    public ResolvedRole Role(string logicalId) =>
        Roles.FirstOrDefault(r => r.LogicalId == logicalId)
            ?? throw new TemplateException(
                $"The template has no IAM role '{logicalId}'; it has " +
                $"{string.Join(", ", Roles.Select(r => r.LogicalId))}.");

    /// <summary>The ARN of the image bucket.</summary>
    public string BucketArn => $"arn:{Parameters.Partition}:s3:::{BucketName}";
}
