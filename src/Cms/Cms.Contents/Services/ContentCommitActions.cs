namespace Cms.Contents.Services;

/// <summary>
/// Work that must wait until a content change is committed, such as evicting cached pages (scoped).
/// <see cref="ContentManager"/> runs it right after its own save commits; when the save is part of a
/// caller's explicit transaction (recipes), the caller runs it after <c>CommitAsync</c>, and a rollback
/// discards it with the scope. Setup runs before the site serves a page, so it has nothing to run.
/// </summary>
public sealed class ContentCommitActions
{
    private readonly List<Func<CancellationToken, Task>> _actions = [];

    public void Add(Func<CancellationToken, Task> action) => _actions.Add(action);

    /// <summary>Runs and forgets what is waiting. Runs to the end even when the request is cancelled: the change is stored.</summary>
    public async Task RunAsync()
    {
        while (_actions.Count > 0)
        {
            var batch = _actions.ToList();
            _actions.Clear();
            foreach (var action in batch)
            {
                await action(CancellationToken.None);
            }
        }
    }

    /// <summary>Forgets what is waiting (the change was not stored).</summary>
    public void Discard() => _actions.Clear();
}
