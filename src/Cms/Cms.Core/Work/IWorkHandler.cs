namespace Cms.Core.Work;

/// <summary>
/// Runs the rows of one <see cref="Kind"/> (<c>services.AddWorkHandler&lt;T&gt;()</c>). Scoped: what it changes in the scope's
/// <c>LtkDbContext</c> is saved with the row marked done, in one save, and discarded if it throws. A handler that acts outside
/// the database (sending a mail) must be safe to run again for the same row: a node can die between acting and saving.
/// </summary>
public interface IWorkHandler
{
    string Kind { get; }

    /// <summary>Attempts before the row is marked failed; null for the queue's <see cref="WorkOptions.MaxAttempts"/>.</summary>
    int? MaxAttempts => null;

    Task<WorkResult> HandleAsync(WorkContext work, CancellationToken cancellationToken);

    /// <summary>
    /// Called, in a fresh scope, after <see cref="HandleAsync"/> threw: the handler may record the failure on its own rows; it is
    /// saved with the row's new state. <paramref name="givingUp"/> says the row is now failed rather than retried.
    /// </summary>
    Task OnFailedAsync(WorkContext work, Exception exception, bool givingUp, CancellationToken cancellationToken) => Task.CompletedTask;
}
