using Amazon.S3;
using ImagePipeline.Core.Imaging;

namespace ImagePipeline.Function.Processing;

/// <summary>Rewrites the variants from the current original after an older event may have overwritten them.</summary>
/// <remarks>
/// An event reads its original pinned to its ETag, but a newer upload can land between that read and the
/// variant writes. If the newer event finished first, the older event's variants would replace the newer
/// ones. The processor cannot read the item to find out, so it rewrites the variants from whatever original
/// is current, and checks again, a bounded number of times. A newer original that is refused or deleted
/// leaves the variants as they are, because the processor role may not delete objects.
/// </remarks>
internal static class VariantRepair
{
    private const int MaxAttempts = 3;

    public static async Task RepairAsync(
        IAmazonS3 s3,
        ValidatedRecord work,
        IImageEngine engine,
        ResizeSpec spec,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await OriginalReader.ReadAsync(s3, work, etag: null, spec.MaxInputBytes, cancellationToken);
            if (current.IsStale || current.DeclaredLength > spec.MaxInputBytes)
            {
                return;
            }

            var outcome = engine.Resize(current.Content, spec, cancellationToken);
            if (!outcome.Succeeded)
            {
                return;
            }

            await VariantWriter.WriteAsync(s3, work.Bucket, work.Original, outcome.Variants, cancellationToken);
            if (await OriginalReader.IsCurrentAsync(s3, work, current.ETag, cancellationToken))
            {
                return;
            }
        }
    }
}
