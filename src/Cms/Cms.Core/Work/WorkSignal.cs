namespace Cms.Core.Work;

/// <summary>Wakes this node's work loop when a commit queued work that is due now, so it need not wait for the next poll.</summary>
public sealed class WorkSignal : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken; one wake-up covers any number of commits.
        }
    }

    public void Dispose() => _wake.Dispose();

    /// <summary>Waits for a wake-up or until <paramref name="interval"/> has passed on <paramref name="clock"/>.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(interval, clock, done.Token);
        var woken = _wake.WaitAsync(done.Token);
        await Task.WhenAny(delay, woken);
        await done.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
