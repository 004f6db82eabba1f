using Amazon.Runtime;
using ImagePipeline.Core.Tenancy;
using ImagePipeline.Function.Sessions;

namespace ImagePipeline.Function.Tests.Fakes;

/// <summary>Issues numbered sessions that last a fixed time, and counts how often each tenant asked.</summary>
internal sealed class CountingSessionIssuer : ITenantSessionIssuer
{
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lifetime;
    private int _issued;

    public CountingSessionIssuer(TimeProvider clock, TimeSpan lifetime)
    {
        _clock = clock;
        _lifetime = lifetime;
    }

    public List<TenantId> Requests { get; } = [];

    public TaskCompletionSource? Gate { get; set; }

    public Exception? FailNext { get; set; }

    public async Task<TenantSession> IssueAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        lock (Requests)
        {
            Requests.Add(tenant);
        }

        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (FailNext is { } failure)
        {
            FailNext = null;
            throw failure;
        }

        var number = Interlocked.Increment(ref _issued);
        var credentials = new SessionAWSCredentials($"AKIA{number}", "secret", $"token-{tenant}-{number}");
        return new TenantSession(credentials, _clock.GetUtcNow() + _lifetime);
    }
}
