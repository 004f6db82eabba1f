using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Policies.Verification;

/// <summary>S3 requests a caller must not be able to make against another tenant's objects and prefixes.</summary>
internal static class S3Checks
{
    private static readonly string[] ObjectActions =
    [
        "s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:GetObjectVersion", "s3:DeleteObjectVersion",
        "s3:GetObjectAcl", "s3:PutObjectAcl", "s3:GetObjectTagging", "s3:PutObjectTagging",
        "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts", "s3:RestoreObject",
    ];

    private static readonly string[] ListActions =
        ["s3:ListBucket", "s3:ListBucketVersions", "s3:ListBucketMultipartUploads"];

    private static readonly string[] BucketActions =
    [
        "s3:PutBucketPolicy", "s3:DeleteBucketPolicy", "s3:PutBucketNotification", "s3:PutBucketAcl",
        "s3:PutBucketPublicAccessBlock", "s3:PutEncryptionConfiguration", "s3:DeleteBucket",
    ];

    /// <summary>Every object, listing and bucket request of <paramref name="attacker"/> touching the victim.</summary>
    public static IEnumerable<IsolationCheck> Against(
        CheckBuilder builder,
        VerifierPrincipal attacker,
        TenantId victim,
        TenantId? attackerTenant)
    {
        foreach (var check in ObjectChecks(builder, attacker, victim))
        {
            yield return check;
        }

        foreach (var check in ListingChecks(builder, attacker, victim, attackerTenant))
        {
            yield return check;
        }

        foreach (var check in BucketChecks(builder, attacker))
        {
            yield return check;
        }
    }

    private static IEnumerable<IsolationCheck> ObjectChecks(
        CheckBuilder builder,
        VerifierPrincipal attacker,
        TenantId victim)
    {
        var original = new OriginalObjectKey(victim, "photo.jpg");
        string[] keys =
        [
            original.Key,
            ObjectKeyLayout.VariantKey(original, "thumb", "webp"),
            ObjectKeyLayout.OriginalKey(victim, "processed/nested.png"),
        ];
        foreach (var key in keys)
        {
            foreach (var action in ObjectActions)
            {
                var arn = builder.ObjectArn(key);
                yield return builder.S3(CheckCategory.Objects, attacker, action, arn, false, victim.Value);
            }
        }
    }

    private static IEnumerable<IsolationCheck> ListingChecks(
        CheckBuilder builder,
        VerifierPrincipal attacker,
        TenantId victim,
        TenantId? attackerTenant)
    {
        foreach (var prefix in Prefixes(victim, attackerTenant))
        {
            foreach (var action in ListActions)
            {
                var bucket = builder.Template.BucketArn;
                yield return prefix is null
                    ? builder.S3(CheckCategory.Listing, attacker, action, bucket, false, victim.Value)
                    : builder.S3(
                        CheckCategory.Listing,
                        attacker,
                        action,
                        bucket,
                        false,
                        victim.Value,
                        ("s3:prefix", [prefix]));
            }
        }
    }

    private static IEnumerable<IsolationCheck> BucketChecks(CheckBuilder builder, VerifierPrincipal attacker)
    {
        foreach (var action in BucketActions)
        {
            var bucket = builder.Template.BucketArn;
            yield return builder.S3(CheckCategory.BucketAdministration, attacker, action, bucket, false, null);
        }
    }

    /// <summary>Listing prefixes that would reveal the victim's keys, including none at all.</summary>
    private static IEnumerable<string?> Prefixes(TenantId victim, TenantId? attacker)
    {
        yield return null;
        yield return string.Empty;
        yield return ObjectKeyLayout.OriginalsPrefix;
        yield return ObjectKeyLayout.ProcessedPrefix;
        foreach (var kind in new[] { ObjectKind.Original, ObjectKind.Processed })
        {
            var folder = ObjectKeyLayout.TenantPrefix(kind, victim);
            yield return folder;
            yield return folder[..^1];
            if (attacker is { } own)
            {
                // The attacker's own folder without its slash is also a prefix of every longer tenant name.
                yield return ObjectKeyLayout.TenantPrefix(kind, own)[..^1];
            }
        }
    }
}
