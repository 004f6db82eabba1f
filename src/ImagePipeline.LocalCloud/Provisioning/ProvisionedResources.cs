using ImagePipeline.LocalCloud.Iam;
using ImagePipeline.Policies.Templates;

namespace ImagePipeline.LocalCloud.Provisioning;

/// <summary>What provisioning created from the template: names, role ARNs, the function and the broker's key.</summary>
/// <param name="BucketName">The image bucket.</param>
/// <param name="TableName">The metadata table.</param>
/// <param name="TenantUserRoleArn">The role end users get sessions of.</param>
/// <param name="TenantProcessorRoleArn">The role the function assumes per tenant.</param>
/// <param name="Function">The function the bucket notifications target.</param>
/// <param name="Broker">The broker user's long-term access key.</param>
/// <param name="Notifications">The bucket's notification configuration.</param>
public sealed record ProvisionedResources(
    string BucketName,
    string TableName,
    string TenantUserRoleArn,
    string TenantProcessorRoleArn,
    ResolvedFunction Function,
    IamCredential Broker,
    IReadOnlyList<BucketNotification> Notifications);
