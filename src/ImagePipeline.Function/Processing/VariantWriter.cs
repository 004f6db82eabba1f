using System.Globalization;
using System.Runtime.InteropServices;
using Amazon.S3;
using Amazon.S3.Model;
using ImagePipeline.Core.Imaging;
using ImagePipeline.Core.Metadata;
using ImagePipeline.Core.Tenancy;

namespace ImagePipeline.Function.Processing;

/// <summary>Writes encoded variants to their deterministic keys under <c>processed/</c>.</summary>
/// <remarks>The keys depend only on the original's key, so a duplicate event rewrites the same objects.</remarks>
internal static class VariantWriter
{
    public static async Task<IReadOnlyList<VariantRecord>> WriteAsync(
        IAmazonS3 s3,
        string bucket,
        OriginalObjectKey original,
        IReadOnlyList<EncodedVariant> variants,
        CancellationToken cancellationToken)
    {
        var written = new List<VariantRecord>(variants.Count);
        foreach (var variant in variants)
        {
            var key = ObjectKeyLayout.VariantKey(original, variant.Name, variant.Extension);
            using var content = AsStream(variant.Content);
            var request = new PutObjectRequest
            {
                BucketName = bucket,
                Key = key,
                InputStream = content,
                ContentType = variant.ContentType,
                AutoCloseStream = false,
            };
            request.Metadata.Add("width", variant.Width.ToString(CultureInfo.InvariantCulture));
            request.Metadata.Add("height", variant.Height.ToString(CultureInfo.InvariantCulture));
            await s3.PutObjectAsync(request, cancellationToken);
            written.Add(new VariantRecord(variant.Name, key, variant.Width, variant.Height, variant.Content.Length));
        }

        return written;
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
