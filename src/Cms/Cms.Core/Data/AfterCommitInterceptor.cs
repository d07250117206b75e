using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Cms.Core.Data;

/// <summary>
/// Runs a context's <see cref="AfterCommitQueue"/> when a plain <c>SaveChangesAsync</c> (EF's own transaction)
/// has committed; an explicit transaction is a <see cref="UnitOfWork"/>, which runs it after its commit. A save
/// or transaction that fails discards the queue. One stateless instance serves every context.
/// </summary>
public sealed partial class AfterCommitInterceptor(ILogger<AfterCommitInterceptor> logger) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        SavingChanges(eventData, result);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Queue(eventData.Context) is { } queue)
        {
            queue.SavesInProgress++;
        }

        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Queue(eventData.Context) is { } queue)
        {
            queue.SavesInProgress--;
            if (eventData.Context!.Database.CurrentTransaction is null)
            {
                await queue.RunAsync(logger);
            }
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (Queue(eventData.Context) is { } queue)
        {
            queue.SavesInProgress--;
            // Inside an explicit transaction the caller decides: it may roll back (discarded then) or retry.
            if (eventData.Context!.Database.CurrentTransaction is null)
            {
                queue.Discard();
            }
        }
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The work cannot run here: the context still holds the finished transaction, so anything it reads would
    /// fail. <see cref="UnitOfWork"/> runs it after its commit; a transaction begun on <c>db.Database</c> directly
    /// would leave it waiting, which is a mistake worth a warning.
    /// </summary>
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Queue(eventData.Context) is { SavesInProgress: 0, CommittingUnitOfWork: false, IsEmpty: false } queue)
        {
            LogNotRun(logger);
            queue.Discard();
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Queue(eventData.Context)?.Discard();

    private static AfterCommitQueue? Queue(DbContext? context) => (context as LtkDbContext)?.AfterCommit;

    [LoggerMessage(Level = LogLevel.Warning, Message = "A transaction begun on Database directly committed with after-commit work waiting; that work was not run. Use LtkDbContext.BeginUnitOfWorkAsync")]
    private static partial void LogNotRun(ILogger logger);
}
