using Microsoft.Extensions.Logging;

namespace Cms.Core.Data;

/// <summary>
/// Work that must wait until the unit of work that caused it is committed: evicting cached pages,
/// refreshing what a node holds in memory, after-commit event handlers. Each <see cref="LtkDbContext"/>
/// (one per request scope) has one. <see cref="AfterCommitInterceptor"/> runs it when a save outside an
/// explicit transaction succeeds, and <see cref="UnitOfWork.CommitAsync"/> when an explicit transaction commits;
/// it is discarded when the save fails or the transaction rolls back, so nothing here ever acts on a change
/// that was not stored.
/// </summary>
public sealed partial class AfterCommitQueue
{
    private readonly List<(string Name, Func<CancellationToken, Task> Action, int Order)> _actions = [];
    private bool _running;

    /// <summary>How many saves are in progress (a save's own implicit transaction commits before it ends).</summary>
    internal int SavesInProgress { get; set; }

    /// <summary>Set while <see cref="UnitOfWork.CommitAsync"/> commits: it runs the queue once the transaction is over.</summary>
    internal bool CommittingUnitOfWork { get; set; }

    /// <summary>Whether anything is waiting for a commit.</summary>
    public bool IsEmpty => _actions.Count == 0;

    /// <summary>
    /// Adds work to run once the current unit of work is committed. <paramref name="name"/> names it in the log if it
    /// fails. Work runs in the order it was added, lower <paramref name="order"/> first: what refreshes the caches
    /// pages are rendered from runs at 0, evicting the pages themselves later (<see cref="LateOrder"/>).
    /// </summary>
    public void Add(string name, Func<CancellationToken, Task> action, int order = 0) => _actions.Add((name, action, order));

    /// <summary>The order of work that must see every other after-commit change done (evicting cached pages).</summary>
    public const int LateOrder = 100;

    /// <summary>
    /// Runs what is waiting, including what the work itself adds. The change is already stored, so a failing
    /// action is logged and the others still run; cancellation of the request does not stop them either.
    /// </summary>
    internal async Task RunAsync(ILogger logger)
    {
        if (_running)
        {
            // A save made by an action: what it adds is picked up by the loop below.
            return;
        }

        _running = true;
        try
        {
            while (_actions.Count > 0)
            {
                var batch = _actions.OrderBy(a => a.Order).ToList();
                _actions.Clear();
                foreach (var (name, action, _) in batch)
                {
                    try
                    {
                        await action(CancellationToken.None);
                    }
                    catch (Exception ex)
                    {
                        LogActionFailed(logger, ex, name);
                    }
                }
            }
        }
        finally
        {
            _running = false;
        }
    }

    /// <summary>Forgets what is waiting: the change it was for was not stored.</summary>
    public void Discard()
    {
        if (!_running)
        {
            _actions.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "After-commit work '{Name}' failed; the change it followed is stored")]
    private static partial void LogActionFailed(ILogger logger, Exception exception, string name);
}
