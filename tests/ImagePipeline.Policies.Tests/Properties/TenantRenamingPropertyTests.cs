using CsCheck;
using ImagePipeline.Core.Metadata;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Policies.Templates;
using ImagePipeline.Policies.Verification;

namespace ImagePipeline.Policies.Tests.Properties;

public class TenantRenamingPropertyTests
{
    private static readonly Gen<string> TenantName =
        Gen.Select(
            Gen.Char["abcz09"],
            Gen.String[Gen.Char["abz09-_"], 0, 62])
            .Select(parts => parts.Item1 + parts.Item2);

    private static readonly string[] Actions =
    [
        "s3:GetObject", "s3:PutObject", "s3:ListBucket", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query",
        "dynamodb:BatchGetItem",
    ];

    [Fact]
    public void Evaluate_TenantsRenamedConsistently_DecisionUnchanged()
    {
        var template = TestTemplate.Resolve();
        var principals = new VerifierPrincipals(template);
        var gen = Gen.Select(
            TenantName,
            TenantName,
            TenantName,
            TenantName,
            Gen.Int[0, 2],
            Gen.OneOfConst(Actions),
            Gen.Int[0, 1]);

        gen.Sample(
            parts =>
            {
                // The victim is the caller, an unrelated tenant, or the caller's name extended (alice / alice2).
                var (a, b, c, d, relation, action, shape) = parts;
                var (victim, renamedVictim) = relation switch
                {
                    0 => (a, c),
                    1 => (b, d),
                    _ => (a + "2", c + "2"),
                };
                var tooLong = victim.Length > TenantId.MaxLength || renamedVictim.Length > TenantId.MaxLength;
                if ((relation == 1 && (a == b || c == d)) || tooLong)
                {
                    return;
                }

                foreach (var processor in new[] { false, true })
                {
                    var before = Decide(template, principals, processor, a, victim, action, shape);
                    var after = Decide(template, principals, processor, c, renamedVictim, action, shape);

                    Assert.Equal(before, after);
                }
            },
            iter: 300);
    }

    private static Decision Decide(
        ResolvedTemplate template,
        VerifierPrincipals principals,
        bool processor,
        string caller,
        string owner,
        string action,
        int shape)
    {
        var tenant = TenantId.Parse(caller);
        var victim = TenantId.Parse(owner);
        var principal = processor ? principals.TenantProcessor(tenant) : principals.TenantUser(tenant);
        var context = principal.Context.Clone();
        string resource;
        if (action.StartsWith("dynamodb:", StringComparison.Ordinal))
        {
            resource = template.Table.Arn;
            context.Set("dynamodb:LeadingKeys", ImageRecord.PartitionKeyFor(victim));
        }
        else if (action == "s3:ListBucket")
        {
            resource = template.BucketArn;
            context.Set(
                "s3:prefix",
                ObjectKeyLayout.TenantPrefix(shape == 0 ? ObjectKind.Original : ObjectKind.Processed, victim));
        }
        else
        {
            var original = new OriginalObjectKey(victim, "p.jpg");
            resource = $"{template.BucketArn}/"
                + $"{(shape == 0 ? original.Key : ObjectKeyLayout.VariantKey(original, "v", "webp"))}";
        }

        var set = new PolicySet
        {
            IdentityPolicies = principal.IdentityPolicies,
            ResourcePolicy = template.BucketPolicy,
        };
        return set.Compile().Evaluate(new AuthorizationRequest
        {
            Principal = principal.Arn,
            Action = action,
            Resource = resource,
            Context = context,
        }).Decision;
    }
}
