using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;

namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>The multipart uploads started through this gateway, so later requests can be tied to their key.</summary>
/// <remarks>
/// The backend finds an upload by its id alone and writes to the key it was started for, whatever key the
/// URL names; a request is authorised on the URL key, so the two must be the same key. Uploads started
/// before the gateway started (or straight on the backend) are unknown here and refused.
/// </remarks>
internal sealed class MultipartUploads
{
    private readonly ConcurrentDictionary<string, MultipartUpload> _uploads = new(StringComparer.Ordinal);

    /// <summary>Records an upload from the backend's <c>InitiateMultipartUploadResult</c> body.</summary>
    /// <returns>The upload id recorded, or null when the body names none.</returns>
    public string? Record(string bucket, string key, string initiatorArn, ReadOnlySpan<byte> responseBody)
    {
        var uploadId = UploadIdOf(responseBody);
        if (uploadId is not null)
        {
            _uploads[uploadId] = new MultipartUpload(bucket, key, initiatorArn);
        }

        return uploadId;
    }

    /// <summary>Why a request naming <paramref name="uploadId"/> for this bucket and key is refused, or null.</summary>
    public string? Problem(string uploadId, string bucket, string? key)
    {
        if (!_uploads.TryGetValue(uploadId, out var upload))
        {
            return $"The upload '{uploadId}' was not started through this gateway, or has already ended; " +
                "start a new upload with CreateMultipartUpload.";
        }

        return upload.Bucket == bucket && upload.Key == key
            ? null
            : $"The upload '{uploadId}' belongs to another key than '{bucket}/{key}'; send its parts and " +
              "completion to the key it was started for.";
    }

    /// <summary>Forgets an upload once it has been completed or aborted.</summary>
    public void Forget(string uploadId) => _uploads.TryRemove(uploadId, out _);

    private static string? UploadIdOf(ReadOnlySpan<byte> body)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(body.ToArray()), settings);
            return XDocument.Load(reader).Descendants().FirstOrDefault(e => e.Name.LocalName == "UploadId")?.Value;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private sealed record MultipartUpload(string Bucket, string Key, string InitiatorArn);
}
