using System.Text;
using System.Text.Json;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Events;

namespace ImagePipeline.Function.Tests.Events;

public sealed class S3EventJsonTests
{
    private const string AwsShapedEvent = """
        {
          "Records": [
            {
              "eventVersion": "2.1",
              "eventSource": "aws:s3",
              "awsRegion": "eu-west-1",
              "eventTime": "2024-05-01T10:11:12.345Z",
              "eventName": "ObjectCreated:Put",
              "userIdentity": { "principalId": "AWS:AIDAEXAMPLE" },
              "requestParameters": { "sourceIPAddress": "203.0.113.7" },
              "responseElements": { "x-amz-request-id": "C3D13FE58DE4C810", "x-amz-id-2": "FMyUVURIY8" },
              "s3": {
                "s3SchemaVersion": "1.0",
                "configurationId": "resize-originals",
                "bucket": {
                  "name": "images-bucket",
                  "ownerIdentity": { "principalId": "A3NL1KOZZKExample" },
                  "arn": "arn:aws:s3:::images-bucket"
                },
                "object": {
                  "key": "originals/alice/holiday+photo%C3%A9.jpg",
                  "size": 1024,
                  "eTag": "d41d8cd98f00b204e9800998ecf8427e",
                  "versionId": "096fKKXTRTtl3on89fVO.nfljtsv6qko",
                  "sequencer": "0055AED6DCD90281E5"
                }
              }
            }
          ]
        }
        """;

    [Fact]
    public void Deserialize_AwsShapedEvent_ReadsEveryField()
    {
        var sut = JsonSerializer.Deserialize(AwsShapedEvent, S3EventJsonContext.Default.S3Event);

        var record = Assert.Single(sut!.Records!);
        Assert.Equal("2.1", record.EventVersion);
        Assert.Equal("aws:s3", record.EventSource);
        Assert.Equal("eu-west-1", record.AwsRegion);
        Assert.Equal("2024-05-01T10:11:12.345Z", record.EventTime);
        Assert.Equal("ObjectCreated:Put", record.EventName);
        Assert.Equal("AWS:AIDAEXAMPLE", record.UserIdentity!.PrincipalId);
        Assert.Equal("203.0.113.7", record.RequestParameters!.SourceIpAddress);
        Assert.Equal("C3D13FE58DE4C810", record.ResponseElements!["x-amz-request-id"]);
        Assert.Equal("1.0", record.S3!.S3SchemaVersion);
        Assert.Equal("resize-originals", record.S3.ConfigurationId);
        Assert.Equal("images-bucket", record.S3.Bucket!.Name);
        Assert.Equal("arn:aws:s3:::images-bucket", record.S3.Bucket.Arn);
        Assert.Equal("A3NL1KOZZKExample", record.S3.Bucket.OwnerIdentity!.PrincipalId);
        Assert.Equal("originals/alice/holiday+photo%C3%A9.jpg", record.S3.ObjectEntity!.Key);
        Assert.Equal(1024, record.S3.ObjectEntity.Size);
        Assert.Equal("d41d8cd98f00b204e9800998ecf8427e", record.S3.ObjectEntity.ETag);
        Assert.Equal("096fKKXTRTtl3on89fVO.nfljtsv6qko", record.S3.ObjectEntity.VersionId);
        Assert.Equal("0055AED6DCD90281E5", record.S3.ObjectEntity.Sequencer);
    }

    [Fact]
    public void ForUpload_KeyWithSpaceAndNonAscii_EncodesItSoTheCoreParserGetsItBack()
    {
        var upload = new S3Upload("bucket", "originals/alice/été photo+1.jpg", 42, "\"abc\"", "0A");

        var sut = S3EventFactory.ForUpload(upload);

        var encoded = sut.Records![0].S3!.ObjectEntity!.Key;
        Assert.Equal("originals/alice/%C3%A9t%C3%A9+photo%2B1.jpg", encoded);
        var parsed = ObjectKeyLayout.ParseEventKey(encoded);
        Assert.True(parsed.IsValid, parsed.Error);
        Assert.Equal("été photo+1.jpg", parsed.Key.Name);
    }

    [Fact]
    public void Serialize_UploadEvent_RoundTripsWithTheFieldNamesS3Uses()
    {
        var time = new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);
        var upload = new S3Upload("bucket", "originals/bob/a.png", 7, "\"etag\"", "00FF") { Time = time };

        var json = S3EventFactory.Serialize(S3EventFactory.ForUpload(upload));

        using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes(json));
        var record = document.RootElement.GetProperty("Records")[0];
        Assert.Equal("2025-01-02T03:04:05.678Z", record.GetProperty("eventTime").GetString());
        var s3Object = record.GetProperty("s3").GetProperty("object");
        Assert.Equal("etag", s3Object.GetProperty("eTag").GetString());
        Assert.Equal(7, s3Object.GetProperty("size").GetInt64());
        Assert.Equal("00FF", s3Object.GetProperty("sequencer").GetString());
        Assert.False(s3Object.TryGetProperty("versionId", out _));
    }
}
