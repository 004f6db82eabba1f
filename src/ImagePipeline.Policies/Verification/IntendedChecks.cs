using ImagePipeline.Core.Metadata;
using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Policies.Verification;

/// <summary>The access the pipeline needs: a policy that denies everything must fail these.</summary>
internal static class IntendedChecks
{
    private const CheckCategory Intended = CheckCategory.IntendedAccess;

    /// <summary>What each principal must be able to do with its own tenant's data.</summary>
    public static IEnumerable<IsolationCheck> For(CheckBuilder builder, TenantId tenant)
    {
        var principals = builder.Principals;
        var user = principals.TenantUser(tenant);
        var processor = principals.TenantProcessor(tenant);
        var original = new OriginalObjectKey(tenant, "photo.jpg");
        var originalArn = builder.ObjectArn(original.Key);
        var variantArn = builder.ObjectArn(ObjectKeyLayout.VariantKey(original, "thumb", "webp"));
        var targets = new TenantTargets(tenant, originalArn, variantArn, ImageRecord.PartitionKeyFor(tenant));

        foreach (var check in UserChecks(builder, user, targets))
        {
            yield return check;
        }

        foreach (var check in ProcessorChecks(builder, processor, targets))
        {
            yield return check;
        }

        foreach (var check in SessionChecks(principals, tenant))
        {
            yield return check;
        }

        // Transport: even the owner is refused over plain HTTP.
        yield return builder.S3(
            CheckCategory.Transport,
            user,
            "s3:GetObject",
            originalArn,
            false,
            null,
            ("aws:SecureTransport", ["false"]));
    }

    /// <summary>The function's own log writes.</summary>
    public static IEnumerable<IsolationCheck> FunctionLogs(CheckBuilder builder)
    {
        var execution = builder.Principals.FunctionExecution();
        var role = builder.Principals.ExecutionRole.Arn;
        var function = builder.Template.Functions.FirstOrDefault(f => f.RoleArn == role);
        if (function is null)
        {
            yield break;
        }

        var p = builder.Template.Parameters;
        var group = $"arn:{p.Partition}:logs:{p.Region}:{p.AccountId}:log-group:/aws/lambda/{function.FunctionName}";
        var stream = $"{group}:log-stream:2026/01/01/[$LATEST]0123";
        yield return CheckBuilder.Plain(CheckCategory.IntendedAccess, execution, "logs:CreateLogStream", stream, true);
        yield return CheckBuilder.Plain(CheckCategory.IntendedAccess, execution, "logs:PutLogEvents", stream, true);
    }

    private static IEnumerable<IsolationCheck> UserChecks(
        CheckBuilder builder, VerifierPrincipal user, TenantTargets targets)
    {
        yield return builder.S3(Intended, user, "s3:PutObject", targets.OriginalArn, true, null);
        yield return builder.S3(Intended, user, "s3:GetObject", targets.OriginalArn, true, null);
        yield return builder.S3(Intended, user, "s3:GetObject", targets.VariantArn, true, null);
        foreach (var kind in new[] { ObjectKind.Original, ObjectKind.Processed })
        {
            var prefix = ObjectKeyLayout.TenantPrefix(kind, targets.Tenant);
            var bucket = builder.Template.BucketArn;
            yield return builder.S3(Intended, user, "s3:ListBucket", bucket, true, null, ("s3:prefix", [prefix]));
        }

        yield return builder.Table(Intended, user, "dynamodb:GetItem", true, null, targets.Partition);
        yield return builder.Table(Intended, user, "dynamodb:Query", true, null, targets.Partition);
    }

    private static IEnumerable<IsolationCheck> ProcessorChecks(
        CheckBuilder builder, VerifierPrincipal processor, TenantTargets targets)
    {
        yield return builder.S3(Intended, processor, "s3:GetObject", targets.OriginalArn, true, null);
        yield return builder.S3(Intended, processor, "s3:PutObject", targets.VariantArn, true, null);
        yield return builder.Table(Intended, processor, "dynamodb:PutItem", true, null, targets.Partition);
        yield return builder.Table(Intended, processor, "dynamodb:UpdateItem", true, null, targets.Partition);
    }

    private static IEnumerable<IsolationCheck> SessionChecks(VerifierPrincipals principals, TenantId tenant)
    {
        var tag = (VerifierPrincipals.TenantTag, tenant.Value);
        foreach (var action in new[] { "sts:AssumeRole", "sts:TagSession" })
        {
            var execution = principals.FunctionExecution();
            yield return CheckBuilder.Sts(execution, action, principals.ProcessorRole, true, null, tag);
            yield return CheckBuilder.Sts(principals.Broker(), action, principals.UserRole, true, null, tag);
        }
    }

    /// <summary>The tenant's own objects and metadata partition that its principals must reach.</summary>
    private sealed record TenantTargets(TenantId Tenant, string OriginalArn, string VariantArn, string Partition);
}
