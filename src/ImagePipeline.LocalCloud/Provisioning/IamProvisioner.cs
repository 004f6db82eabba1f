using ImagePipeline.LocalCloud.Iam;
using ImagePipeline.Policies.Templates;

namespace ImagePipeline.LocalCloud.Provisioning;

/// <summary>Loads the template's roles, policies, bucket policy and broker into the gateway's IAM registry.</summary>
/// <remarks>Nothing is written by hand here: what the template deploys is what the gateway enforces.</remarks>
public static class IamProvisioner
{
    /// <summary>Puts every role of the template, with its trust, identity policies and boundary.</summary>
    /// <param name="registry">The registry the gateway enforces.</param>
    /// <param name="template">The resolved template.</param>
    /// <param name="boundaries">Documents of permissions boundaries by ARN; the template only names them.</param>
    /// <exception cref="ArgumentException">A role names a boundary whose document was not given.</exception>
    public static void LoadRoles(
        IamRegistry registry,
        ResolvedTemplate template,
        IReadOnlyDictionary<string, string>? boundaries = null)
    {
        foreach (var role in template.Roles)
        {
            string? boundary = null;
            if (role.PermissionsBoundaryArn is { } boundaryArn
                && !(boundaries?.TryGetValue(boundaryArn, out boundary) ?? false))
            {
                throw new ArgumentException(
                    $"Role '{role.LogicalId}' has the permissions boundary '{boundaryArn}', whose document the local " +
                    "cloud cannot fetch; pass it in LocalCloudOptions.PermissionsBoundaries or leave the " +
                    "PermissionsBoundaryArn parameter empty.",
                    nameof(boundaries));
            }

            registry.PutRole(new IamRole(
                role.Arn,
                role.TrustPolicy.Json,
                [.. role.IdentityPolicies.Select(p => new NamedPolicy(p.Name, p.Json))],
                boundary));
        }

        registry.PutBucketPolicy(template.BucketName, template.BucketPolicy?.Json);
    }

    /// <summary>Creates the broker user the template trusts and issues it an access key.</summary>
    /// <remarks>
    /// The broker has no identity policy: the tenant user role's trust policy names it, which is all a
    /// same-account <c>AssumeRole</c> needs, so it can do nothing else.
    /// </remarks>
    /// <exception cref="ArgumentException">The template's broker is no IAM user of the registry's account.</exception>
    public static IamCredential CreateBroker(IamRegistry registry, ResolvedTemplate template)
    {
        var brokerArn = template.Parameters.BrokerPrincipalArn;
        var account = IamArns.AccountOf(brokerArn);
        if (!brokerArn.Contains(":user/", StringComparison.Ordinal) || account != registry.Account)
        {
            throw new ArgumentException(
                $"BrokerPrincipalArn '{brokerArn}' must be a user of account {registry.Account}, such as " +
                $"arn:aws:iam::{registry.Account}:user/imagepipeline-broker, so the local cloud can issue it a key.",
                nameof(template));
        }

        registry.PutUser(new IamUser(brokerArn, []));
        return registry.IssueAccessKey(brokerArn);
    }
}
