using Amazon.Runtime;
using ImagePipeline.LocalCloud.Iam;
using ImagePipeline.Policies.Templates;

namespace ImagePipeline.LocalCloud.Provisioning;

/// <summary>Provisions the whole template in the local cloud: storage on the backend, IAM in the gateway.</summary>
public static class TemplateProvisioner
{
    /// <summary>Creates the bucket and table, loads roles and policies, adds the broker, finds the function.</summary>
    /// <remarks>
    /// Steps: (1) check the notifications target one function of the template, (2) load the roles, policies
    /// and bucket policy into <paramref name="registry"/>, (3) create the broker and its key, (4) create the
    /// bucket and the table on the backend.
    /// </remarks>
    /// <exception cref="NotSupportedException">The notifications target no function, or several.</exception>
    /// <exception cref="ArgumentException">A boundary document is missing or the broker is no local user.</exception>
    public static async Task<ProvisionedResources> ProvisionAsync(
        ResolvedTemplate template,
        IamRegistry registry,
        Uri backend,
        AWSCredentials backendCredentials,
        IReadOnlyDictionary<string, string>? boundaries,
        CancellationToken cancellationToken)
    {
        var function = NotifiedFunction(template);
        IamProvisioner.LoadRoles(registry, template, boundaries);
        var broker = IamProvisioner.CreateBroker(registry, template);
        await BackendProvisioner.CreateAsync(
            backend, backendCredentials, template.Parameters.Region, template, cancellationToken);
        return new ProvisionedResources(
            template.BucketName,
            template.Table.TableName,
            template.Role(TemplateLogicalIds.TenantUserRole).Arn,
            template.Role(TemplateLogicalIds.TenantProcessorRole).Arn,
            function,
            broker,
            template.Notifications);
    }

    /// <summary>The one function of the template that the bucket's notifications invoke.</summary>
    /// <exception cref="NotSupportedException">The notifications target no function, or several.</exception>
    public static ResolvedFunction NotifiedFunction(ResolvedTemplate template)
    {
        var targets = template.Notifications.Select(n => n.FunctionArn).Distinct(StringComparer.Ordinal).ToList();
        if (targets.Count != 1)
        {
            throw new NotSupportedException(
                $"The bucket's notifications target {targets.Count} functions; the local cloud hosts exactly one. " +
                "Point every notification of the template at the resize function.");
        }

        return template.Functions.FirstOrDefault(f => f.Arn == targets[0])
            ?? throw new NotSupportedException(
                $"The bucket notifies '{targets[0]}', which is not a function of the template; the local cloud " +
                "only hosts functions the template defines.");
    }
}
