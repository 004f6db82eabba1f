using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ImagePipeline.Function.Events;

/// <summary>Builds the event S3 sends for an upload, for hosts and tools that deliver events themselves.</summary>
public static class S3EventFactory
{
    /// <summary>The event version this factory writes.</summary>
    public const string EventVersion = "2.1";

    /// <summary>The event name of a plain upload.</summary>
    public const string PutEventName = "ObjectCreated:Put";

    /// <summary>Builds a one-record event for an object that was just written.</summary>
    /// <param name="upload">The object that was written; <see cref="S3Upload.Key"/> is the decoded key.</param>
    public static S3Event ForUpload(S3Upload upload)
    {
        var record = new S3EventRecord
        {
            EventVersion = EventVersion,
            EventSource = "aws:s3",
            AwsRegion = upload.Region,
            EventTime = upload.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            EventName = upload.EventName,
            UserIdentity = new S3Identity { PrincipalId = upload.PrincipalId },
            RequestParameters = new S3RequestParameters { SourceIpAddress = upload.SourceIpAddress },
            ResponseElements = new Dictionary<string, string>
            {
                ["x-amz-request-id"] = upload.RequestId,
                ["x-amz-id-2"] = upload.HostId,
            },
            S3 = new S3Entity
            {
                S3SchemaVersion = "1.0",
                ConfigurationId = upload.ConfigurationId,
                Bucket = new S3BucketEntity
                {
                    Name = upload.Bucket,
                    OwnerIdentity = new S3Identity { PrincipalId = upload.PrincipalId },
                    Arn = "arn:aws:s3:::" + upload.Bucket,
                },
                ObjectEntity = new S3ObjectEntity
                {
                    Key = EncodeKey(upload.Key),
                    Size = upload.Size,
                    ETag = upload.ETag.Trim('"'),
                    VersionId = upload.VersionId,
                    Sequencer = upload.Sequencer,
                },
            },
        };
        return new S3Event { Records = [record] };
    }

    /// <summary>Serialises an event to the JSON S3 would send.</summary>
    public static string Serialize(S3Event s3Event) =>
        JsonSerializer.Serialize(s3Event, S3EventJsonContext.Default.S3Event);

    /// <summary>Encodes a key as S3 event records carry it: <c>+</c> for a space, UTF-8 percent-encoding.</summary>
    public static string EncodeKey(string key)
    {
        var encoded = new StringBuilder(key.Length);
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '/')
            {
                encoded.Append(c);
            }
            else if (c == ' ')
            {
                encoded.Append('+');
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
