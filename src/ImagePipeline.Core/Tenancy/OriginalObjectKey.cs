namespace ImagePipeline.Core.Tenancy;

/// <summary>The key of an uploaded original, split into its tenant and its name.</summary>
/// <param name="Tenant">The tenant that owns the object.</param>
/// <param name="Name">The object's name below the tenant folder; may contain <c>/</c>.</param>
public sealed record OriginalObjectKey(TenantId Tenant, string Name)
{
    /// <summary>The full S3 key, <c>originals/{tenant}/{name}</c>.</summary>
    public string Key => ObjectKeyLayout.OriginalKey(Tenant, Name);

    /// <inheritdoc />
    public override string ToString() => Key;
}
