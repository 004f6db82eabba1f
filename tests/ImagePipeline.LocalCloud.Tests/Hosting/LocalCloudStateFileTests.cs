using ImagePipeline.LocalCloud.Hosting;

namespace ImagePipeline.LocalCloud.Tests.Hosting;

public sealed class LocalCloudStateFileTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"state-{Guid.NewGuid():N}");

    [Fact]
    public void TryRead_WrittenByThisProcess_ReturnsTheState()
    {
        LocalCloudStateFile.Write(_data, State(Environment.ProcessId));

        var found = LocalCloudStateFile.TryRead(_data, out var state, out var error);

        Assert.True(found, error);
        Assert.Equal(new Uri("http://127.0.0.1:4566"), state!.Endpoint);
        Assert.Equal("AKIAEXAMPLE", state.BrokerAccessKeyId);
    }

    [Fact]
    public void TryRead_NoStateFile_ErrorSaysHowToStartOne()
    {
        var found = LocalCloudStateFile.TryRead(_data, out _, out var error);

        Assert.False(found);
        Assert.Contains($"imagepipeline up --data {_data}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_WriterNoLongerRunning_ErrorSaysItStopped()
    {
        LocalCloudStateFile.Write(_data, State(int.MaxValue));

        var found = LocalCloudStateFile.TryRead(_data, out _, out var error);

        Assert.False(found);
        Assert.Contains("no longer running", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_StateWithSecret_OnlyTheOwnerMayReadIt()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes do not apply on Windows.");
            return;
        }

        var path = LocalCloudStateFile.Write(_data, State(Environment.ProcessId));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private static LocalCloudState State(int processId) => new()
    {
        Endpoint = new Uri("http://127.0.0.1:4566"),
        Region = "us-east-1",
        BucketName = "images",
        TableName = "metadata",
        TenantUserRoleArn = "arn:aws:iam::123456789012:role/imagepipeline-tenant-user",
        BrokerAccessKeyId = "AKIAEXAMPLE",
        BrokerSecretAccessKey = "secret",
        ProcessId = processId,
        StartedAt = DateTimeOffset.UtcNow,
    };
}
