using ImagePipeline.LocalCloud.Notifications;

namespace ImagePipeline.LocalCloud.Tests.Notifications;

public sealed class DeadLetterFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"dead-{Guid.NewGuid():N}.jsonl");

    [Fact]
    public void Append_TwoEntries_ReadAllReturnsBothWithTheirReasons()
    {
        using (var sut = new DeadLetterFile(_path))
        {
            sut.Append(Entry("originals/a/1.jpg", 3, "Access Denied"));
            sut.Append(Entry("originals/a/2.jpg", 1, "Timeout"));
        }

        var entries = DeadLetterFile.ReadAll(_path);

        Assert.Equal(["originals/a/1.jpg", "originals/a/2.jpg"], entries.Select(e => e.Key));
        Assert.Equal([3, 1], entries.Select(e => e.Attempts));
        Assert.Equal("Access Denied", entries[0].ErrorMessage);
        Assert.Equal("{\"Records\":[]}", entries[0].Event);
    }

    [Fact]
    public void ReadAll_MalformedLine_ThrowsNamingTheLine()
    {
        File.WriteAllText(_path, "{not json}\n");

        var error = Assert.Throws<InvalidDataException>(() => DeadLetterFile.ReadAll(_path));

        Assert.Contains(":1", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_path);

    private static DeadLetterEntry Entry(string key, int attempts, string error) => new()
    {
        Time = DateTimeOffset.UtcNow,
        FunctionArn = "arn:aws:lambda:us-east-1:123456789012:function:resize",
        Bucket = "images",
        Key = key,
        Attempts = attempts,
        ErrorType = "AmazonS3Exception",
        ErrorMessage = error,
        RequestId = "req",
        Event = "{\"Records\":[]}",
    };
}
