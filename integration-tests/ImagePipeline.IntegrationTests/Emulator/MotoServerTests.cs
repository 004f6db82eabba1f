using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using ImagePipeline.LocalCloud.Emulator;

namespace ImagePipeline.IntegrationTests.Emulator;

public sealed class MotoServerTests
{
    [Fact]
    public async Task StartAsync_ServesS3ThroughTheSdk_AndDisposeClosesThePort()
    {
        var ct = TestContext.Current.CancellationToken;
        var sut = await MotoServer.StartAsync(cancellationToken: ct);
        var endpoint = sut.Endpoint;

        using (var s3 = new AmazonS3Client(
            new BasicAWSCredentials("test", "test"),
            new AmazonS3Config { ServiceURL = endpoint.ToString(), ForcePathStyle = true }))
        {
            var bucket = "moto-smoke-" + Guid.NewGuid().ToString("N")[..12];
            await s3.PutBucketAsync(bucket, ct);
            await s3.PutObjectAsync(
                new PutObjectRequest { BucketName = bucket, Key = "a.txt", ContentBody = "hello" },
                ct);
            using var read = await s3.GetObjectAsync(bucket, "a.txt", ct);
            using var reader = new StreamReader(read.ResponseStream);

            Assert.Equal("hello", await reader.ReadToEndAsync(ct));
        }

        await sut.DisposeAsync();

        using var probe = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(
            () => probe.ConnectAsync(endpoint.Host, endpoint.Port, ct).AsTask());
    }

    [Fact]
    public void Locate_OverrideVariableNamesMissingFile_ThrowsNamingTheVariable()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-moto-" + Guid.NewGuid().ToString("N"));
        string? Environment(string name) => name == MotoLocator.OverrideVariable ? missing : null;

        var error = Assert.Throws<EmulatorSetupException>(() => MotoLocator.Locate(Environment));

        Assert.Contains(MotoLocator.OverrideVariable, error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
