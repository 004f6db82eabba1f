using System.Text;

namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>Reads the framing of an <c>aws-chunked</c> body: header lines, chunk data, trailer lines.</summary>
internal sealed class ChunkReader(Stream inner)
{
    private const int MaxLineLength = 4096;

    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    /// <summary>Reads one CRLF-terminated line, without the CRLF; null at the end of the stream.</summary>
    public async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellationToken))
            {
                return line.Length == 0 ? null : line.ToString();
            }

            var b = _buffer[_start++];
            if (b == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            if (line.Length >= MaxLineLength)
            {
                throw ChunkedBodyErrors.Malformed("a chunk header line is longer than 4096 bytes");
            }

            line.Append((char)b);
        }
    }

    /// <summary>Reads exactly <paramref name="target"/>.Length bytes of chunk data.</summary>
    public async ValueTask ReadExactlyAsync(Memory<byte> target, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < target.Length)
        {
            if (_start == _end && !await FillAsync(cancellationToken))
            {
                throw ChunkedBodyErrors.Malformed("the body ended inside a chunk");
            }

            var count = Math.Min(target.Length - filled, _end - _start);
            _buffer.AsMemory(_start, count).CopyTo(target[filled..]);
            _start += count;
            filled += count;
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        _end = await inner.ReadAsync(_buffer, cancellationToken);
        return _end > 0;
    }
}
