using System.Text;
using BenchmarkDotNet.Attributes;
using ImagePipeline.LocalCloud.Gateway.Forwarding;
using ImagePipeline.LocalCloud.Gateway.Signing;

namespace ImagePipeline.Benchmarks.Gateway;

/// <summary>The gateway's CPU work on a 64 KiB SDK upload body, piece by piece, without any network.</summary>
/// <remarks>
/// The body is shaped as the SDK sends it by default: one signed 64 KiB chunk, the signed final chunk and a
/// signed CRC32 trailer. The baseline only copies the raw bytes to the same sink, so the ratio of the decode is
/// the price of checking every signature and the checksum; the CRC32 and SHA-256 rows show what the hashes cost
/// alone (the chunk signature needs the SHA-256 of the chunk, so it is the floor).
/// </remarks>
[MemoryDiagnoser]
public class ChunkedBodyBenchmarks
{
    private const string AmzDate = "20260101T000000Z";
    private const string Scope = "20260101/us-east-1/s3/aws4_request";
    private const string Trailer = "x-amz-checksum-crc32";
    private const string Seed = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";
    private readonly byte[] _payload = new byte[64 * 1024];
    private readonly byte[] _signingKey = SigV4.SigningKey("secret", "20260101", "us-east-1", "s3");
    private readonly MemoryStream _sink = new(128 * 1024);
    private byte[] _body = [];

    [GlobalSetup]
    public void Setup()
    {
        new Random(7).NextBytes(_payload);
        _body = SignedBody();
        var decoded = new MemoryStream();
        Decode(decoded).GetAwaiter().GetResult();
        if (!decoded.ToArray().AsSpan().SequenceEqual(_payload))
        {
            throw new InvalidOperationException("The benchmark body does not decode to its payload.");
        }
    }

    [Benchmark(Baseline = true, Description = "copy raw body")]
    public Task Copy()
    {
        _sink.Position = 0;
        return new MemoryStream(_body).CopyToAsync(_sink);
    }

    [Benchmark(Description = "decode signed chunks + CRC32 trailer")]
    public Task Decode()
    {
        _sink.Position = 0;
        return Decode(_sink);
    }

    [Benchmark(Description = "CRC32 of 64 KiB")]
    public string Crc32()
    {
        var checksum = Crc32Checksum.Ieee();
        checksum.Append(_payload);
        return checksum.ToBase64();
    }

    [Benchmark(Description = "SHA-256 of 64 KiB")]
    public string Sha256() => SigV4.Sha256Hex(_payload);

    private async Task Decode(Stream target)
    {
        var signing = new ChunkSigningContext(_signingKey, AmzDate, Scope, Seed);
        await using var sut = new AwsChunkedStream(new MemoryStream(_body), signing, Trailer, _payload.Length);
        await sut.CopyToAsync(target);
    }

    private byte[] SignedBody()
    {
        var body = new MemoryStream();
        var previous = Seed;
        foreach (var chunk in new[] { _payload, [] })
        {
            previous = SigV4.HmacHex(_signingKey, $"AWS4-HMAC-SHA256-PAYLOAD\n{AmzDate}\n{Scope}\n{previous}\n" +
                                                  $"{SigV4.EmptyHash}\n{SigV4.Sha256Hex(chunk)}");
            body.Write(Encoding.ASCII.GetBytes($"{chunk.Length:x};chunk-signature={previous}\r\n"));
            body.Write(chunk);
            if (chunk.Length > 0)
            {
                body.Write("\r\n"u8);
            }
        }

        var crc = Crc32Checksum.Ieee();
        crc.Append(_payload);
        var trailer = $"{Trailer}:{crc.ToBase64()}\n";
        var trailerSignature = SigV4.HmacHex(
            _signingKey,
            $"AWS4-HMAC-SHA256-TRAILER\n{AmzDate}\n{Scope}\n{previous}\n{SigV4.Sha256Hex(trailer)}");
        body.Write(Encoding.ASCII.GetBytes(
            $"{Trailer}:{crc.ToBase64()}\r\nx-amz-trailer-signature:{trailerSignature}\r\n\r\n"));
        return body.ToArray();
    }
}
