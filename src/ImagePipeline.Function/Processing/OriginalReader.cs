using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace ImagePipeline.Function.Processing;

/// <summary>Reads an original pinned to the upload the event describes.</summary>
/// <remarks>
/// The read carries <c>If-Match</c> with the event's ETag: once a newer upload replaces the object, an older
/// event's read fails with 412 and the event is skipped, so it can never resize content it does not describe.
/// </remarks>
internal static class OriginalReader
{
    public static async Task<OriginalRead> ReadAsync(
        IAmazonS3 s3,
        ValidatedRecord record,
        long maxBytes,
        CancellationToken cancellationToken)
    {
        var request = new GetObjectRequest
        {
            BucketName = record.Bucket,
            Key = record.Original.Key,
            EtagToMatch = $"\"{record.ETag}\"",
        };

        try
        {
            using var response = await s3.GetObjectAsync(request, cancellationToken);
            if (response.ContentLength > maxBytes)
            {
                return new OriginalRead(ReadOnlyMemory<byte>.Empty, null) { DeclaredLength = response.ContentLength };
            }

            using var buffer = new MemoryStream(checked((int)Math.Max(response.ContentLength, 0)));
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
            return new OriginalRead(buffer.ToArray(), null) { DeclaredLength = response.ContentLength };
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            return new OriginalRead(ReadOnlyMemory<byte>.Empty, $"a newer upload replaced ETag {record.ETag}");
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return new OriginalRead(ReadOnlyMemory<byte>.Empty, "the original no longer exists");
        }
    }
}
