using System.Net;
using System.Net.Sockets;
using System.Text;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using ImagePipeline.LocalCloud.Gateway;
using ImagePipeline.LocalCloud.Iam;

namespace ImagePipeline.LocalCloud.Tests.Gateway;

/// <summary>When the gateway answers <c>Expect: 100-continue</c>: once the request is allowed, before the backend
/// is reached (so the client sends its body meanwhile), and never for a refused request.</summary>
public sealed class ContinueInvitationTests
{
    private const string WriterArn = "arn:aws:iam::123456789012:user/writer";

    [Fact]
    public async Task PutObject_AllowedAndTheBackendUnreachable_ClientIsInvitedToSendItsBodyFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var gateway = await StartAsync(allowPut: true, ct);

        var lines = await SendHeadersOnlyAsync(gateway, ct);

        Assert.StartsWith("HTTP/1.1 100 Continue", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith("HTTP/1.1 5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PutObject_Refused_ClientIsNeverInvitedToSendItsBody()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var gateway = await StartAsync(allowPut: false, ct);

        var lines = await SendHeadersOnlyAsync(gateway, ct);

        Assert.StartsWith("HTTP/1.1 403", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, line => line.Contains("100 Continue", StringComparison.Ordinal));
    }

    private static async Task<LocalGateway> StartAsync(bool allowPut, CancellationToken ct)
    {
        var registry = new IamRegistry();
        var policy = """
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::uploads/*"}]}
            """;
        registry.PutUser(new IamUser(WriterArn, allowPut ? [new NamedPolicy("write", policy)] : []));
        return await LocalGateway.StartAsync(
            new LocalGatewayOptions { BackendEndpoint = UnreachableEndpoint(), Registry = registry }, ct);
    }

    /// <summary>Sends a presigned PUT's headers with <c>Expect: 100-continue</c> and no body, and reads the status
    /// lines the gateway answers with until it closes or answers finally.</summary>
    private static async Task<List<string>> SendHeadersOnlyAsync(LocalGateway gateway, CancellationToken ct)
    {
        var writer = gateway.Registry.IssueAccessKey(WriterArn);
        using var s3 = new AmazonS3Client(
            new BasicAWSCredentials(writer.AccessKeyId, writer.SecretAccessKey),
            new AmazonS3Config { ServiceURL = gateway.Endpoint.ToString(), ForcePathStyle = true });
        var url = new Uri(await s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
        {
            BucketName = "uploads", Key = "k", Verb = HttpVerb.PUT, Expires = DateTime.UtcNow.AddMinutes(5),
            Protocol = Protocol.HTTP,
        }));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, gateway.Endpoint.Port, ct);
        var stream = tcp.GetStream();
        var head = $"PUT {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\nContent-Length: 3\r\n" +
                   "Expect: 100-continue\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);

        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLines = new List<string>();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.StartsWith("HTTP/1.1 ", StringComparison.Ordinal))
            {
                statusLines.Add(line);
                if (!line.StartsWith("HTTP/1.1 100", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }

        return statusLines;
    }

    private static Uri UnreachableEndpoint()
    {
        // A port that was just free: nothing listens on it, so connecting is refused at once.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
