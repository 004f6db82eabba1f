namespace ImagePipeline.LocalCloud.Gateway.Classification;

/// <summary>The bucket and key an S3 request addresses, from its host and path.</summary>
/// <param name="Bucket">The bucket, or null for the service root (ListBuckets).</param>
/// <param name="Key">The decoded object key, or null for bucket-level requests.</param>
/// <param name="VirtualHosted">Whether the bucket came from the host name rather than the path.</param>
internal sealed record S3Target(string? Bucket, string? Key, bool VirtualHosted)
{
    /// <summary>Reads the bucket and key, path-style or virtual-hosted-style (<c>bucket.localhost</c>).</summary>
    public static S3Target Parse(string host, string rawPath)
    {
        var name = host;
        var colon = name.LastIndexOf(':');
        if (colon > 0 && !name.EndsWith(']'))
        {
            name = name[..colon];
        }

        const string Suffix = ".localhost";
        if (name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) && name.Length > Suffix.Length)
        {
            var bucket = name[..^Suffix.Length];
            if (bucket.EndsWith(".s3", StringComparison.OrdinalIgnoreCase))
            {
                bucket = bucket[..^3];
            }

            // Exactly one '/' separates host from key: the backend keeps any further ones in the key.
            var objectPath = rawPath.StartsWith('/') ? rawPath[1..] : rawPath;
            return new S3Target(bucket, objectPath.Length == 0 ? null : Uri.UnescapeDataString(objectPath), true);
        }

        var path = rawPath.StartsWith('/') ? rawPath[1..] : rawPath;
        if (path.Length == 0)
        {
            return new S3Target(null, null, false);
        }

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || slash == path.Length - 1)
        {
            return new S3Target(Uri.UnescapeDataString(slash < 0 ? path : path[..slash]), null, false);
        }

        return new S3Target(Uri.UnescapeDataString(path[..slash]), Uri.UnescapeDataString(path[(slash + 1)..]), false);
    }
}
