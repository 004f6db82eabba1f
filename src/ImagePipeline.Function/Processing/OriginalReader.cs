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
    /// <summary>Reads the original as the event saw it, or says why the event is stale.</summary>
    public static Task<OriginalRead> ReadAsync(
        IAmazonS3 s3,
        ValidatedRecord record,
        long maxBytes,
        CancellationToken cancellationToken) =>
        ReadAsync(s3, record, record.ETag, maxBytes, cancellationToken);

    /// <summary>Reads the original; pinned to <paramref name="etag"/> when given, else whatever is current.</summary>
    public static async Task<OriginalRead> ReadAsync(
        IAmazonS3 s3,
        ValidatedRecord record,
        string? etag,
        long maxBytes,
        CancellationToken cancellationToken)
    {
        var request = new GetObjectRequest { BucketName = record.Bucket, Key = record.Original.Key };
        if (etag is not null)
        {
            request.EtagToMatch = $"\"{etag}\"";
        }

        try
        {
            using var response = await s3.GetObjectAsync(request, cancellationToken);
            var length = response.ContentLength;
            var current = response.ETag?.Trim('"') ?? string.Empty;
            if (length > maxBytes)
            {
                return new OriginalRead(ReadOnlyMemory<byte>.Empty, null) { DeclaredLength = length, ETag = current };
            }

            using var buffer = new MemoryStream(checked((int)Math.Max(length, 0)));
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
            return new OriginalRead(buffer.ToArray(), null) { DeclaredLength = length, ETag = current };
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            return new OriginalRead(ReadOnlyMemory<byte>.Empty, $"a newer upload replaced ETag {etag}");
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return new OriginalRead(ReadOnlyMemory<byte>.Empty, "the original no longer exists");
        }
    }

    /// <summary>Whether the original still carries <paramref name="etag"/>.</summary>
    public static async Task<bool> IsCurrentAsync(
        IAmazonS3 s3,
        ValidatedRecord record,
        string etag,
        CancellationToken cancellationToken)
    {
        var request = new GetObjectMetadataRequest
        {
            BucketName = record.Bucket,
            Key = record.Original.Key,
            EtagToMatch = $"\"{etag}\"",
        };

        try
        {
            await s3.GetObjectMetadataAsync(request, cancellationToken);
            return true;
        }
        catch (AmazonS3Exception ex)
            when (ex.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
