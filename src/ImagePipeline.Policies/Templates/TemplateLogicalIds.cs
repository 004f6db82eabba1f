namespace ImagePipeline.Policies.Templates;

/// <summary>The logical ids of the resources in <c>deploy/template.yaml</c> that other components look up.</summary>
/// <remarks>This is the one place these names are written down outside the template itself.</remarks>
public static class TemplateLogicalIds
{
    /// <summary>The image bucket.</summary>
    public const string Bucket = "ImageBucket";

    /// <summary>The image bucket's policy.</summary>
    public const string BucketPolicy = "ImageBucketPolicy";

    /// <summary>The metadata table.</summary>
    public const string Table = "MetadataTable";

    /// <summary>The resize function.</summary>
    public const string Function = "ResizeFunction";

    /// <summary>The resize function's execution role: it may only assume the tenant processor role.</summary>
    public const string FunctionExecutionRole = "FunctionExecutionRole";

    /// <summary>The tenant processor role, assumed by the function with the session tag <c>UserID</c>.</summary>
    public const string TenantProcessorRole = "TenantProcessorRole";

    /// <summary>The tenant user role, assumed for end users by the broker with the session tag <c>UserID</c>.</summary>
    public const string TenantUserRole = "TenantUserRole";
}
