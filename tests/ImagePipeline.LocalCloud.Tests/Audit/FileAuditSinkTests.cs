using ImagePipeline.LocalCloud.Audit;

namespace ImagePipeline.LocalCloud.Tests.Audit;

public sealed class FileAuditSinkTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}", "audit.jsonl");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    private static AuditRecord Record(int n) => new()
    {
        EventTime = DateTimeOffset.UnixEpoch.AddSeconds(n),
        EventSource = "s3.amazonaws.com",
        EventName = "GetObject",
        RequestId = $"req-{n}",
        Decision = n % 2 == 0 ? "Allowed" : "ImplicitDeny",
        HttpStatus = n % 2 == 0 ? 200 : 403,
    };

    [Fact]
    public async Task Write_FromManyThreadsAtOnce_KeepsEveryRecordWholeOnItsOwnLine()
    {
        using (var sut = new FileAuditSink(_path))
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
            {
                for (var i = 0; i < 250; i++)
                {
                    sut.Write(Record((worker * 250) + i));
                }
            })));
        }

        var records = FileAuditSink.ReadAll(_path).ToList();

        Assert.Equal(2000, records.Count);
        Assert.Equal(2000, records.Select(r => r.RequestId).Distinct().Count());
    }

    [Fact]
    public void Write_ThenReopen_AppendsAndFlushesEachLine()
    {
        using (var first = new FileAuditSink(_path))
        {
            first.Write(Record(1));
            Assert.Single(File.ReadAllLines(_path));
        }

        using (var second = new FileAuditSink(_path))
        {
            second.Write(Record(2));
        }

        Assert.Equal(["req-1", "req-2"], FileAuditSink.ReadAll(_path).Select(r => r.RequestId));
    }

    [Fact]
    public void ReadAll_MalformedLine_ThrowsNamingTheLine()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        File.WriteAllText(_path, "{\"eventTime\":\"2020-01-01T00:00:00Z\"}\nnot json\n");

        var error = Assert.Throws<InvalidDataException>(() => FileAuditSink.ReadAll(_path).ToList());

        Assert.Contains(":1", error.Message, StringComparison.Ordinal);
    }
}
