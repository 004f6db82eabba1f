namespace ImagePipeline.LocalCloud.Gateway.Forwarding;

/// <summary>The caller's request body, asked for once the request is allowed, not when the backend is ready.</summary>
/// <remarks>
/// The AWS SDK sends uploads with <c>Expect: 100-continue</c> and holds the body (signing its chunks as it goes)
/// until the server's first read; Kestrel answers on that read. Left to the backend request, the read comes only
/// once the backend connection is open and its headers sent, so the caller's signing and sending and the
/// gateway's backend set-up ran one after the other. A zero-byte read started when the request is allowed lets
/// them overlap. It consumes nothing: every byte still passes through the checking stream built on this one.
/// </remarks>
internal sealed class InvitedRequestBody(Stream inner) : ReadOnlyForwardStream
{
    private readonly CancellationTokenSource _withdraw = new();
    private Task? _invitation;

    /// <inheritdoc />
    public override long Length => inner.Length;

    /// <summary>Asks the caller for its body now: answers <c>Expect: 100-continue</c>, taking no bytes.</summary>
    public void Invite(CancellationToken aborted) => _invitation ??= WaitForBodyAsync(aborted);

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_invitation is { } pending)
        {
            // The request body allows one read at a time: the invitation's must end before the first real one.
            _invitation = null;
            await pending;
        }

        return await inner.ReadAsync(buffer, cancellationToken);
    }

    /// <summary>Ends an invitation the backend request never took up, so no read is left pending on the body.</summary>
    public async Task SettleAsync()
    {
        if (_invitation is { } pending)
        {
            _invitation = null;
            await _withdraw.CancelAsync();
            try
            {
                await pending;
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException)
            {
                // The body was not wanted after all; a caller that hung up meanwhile changes nothing.
            }
        }

        _withdraw.Dispose();
    }

    private async Task WaitForBodyAsync(CancellationToken aborted)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(aborted, _withdraw.Token);
        _ = await inner.ReadAsync(Memory<byte>.Empty, either.Token);
    }
}
