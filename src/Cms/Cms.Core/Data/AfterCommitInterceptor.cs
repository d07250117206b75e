using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Cms.Core.Data;

/// <summary>
/// Runs a context's <see cref="AfterCommitQueue"/> at the moment its changes are committed, whichever way
/// the caller saved: a plain <c>SaveChangesAsync</c> (EF's own transaction), or an explicit transaction
/// (recipes, setup) that commits later. A save or transaction that fails discards the queue. One stateless
/// instance serves every context.
/// </summary>
public sealed class AfterCommitInterceptor(ILogger<AfterCommitInterceptor> logger) : ISaveChangesInterceptor, IDbTransactionInterceptor
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

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // A save's own transaction: the save runs the queue when it has finished (SavedChanges).
        if (Queue(eventData.Context) is { SavesInProgress: 0 } queue)
        {
            await queue.RunAsync(logger);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Queue(eventData.Context)?.Discard();

    private static AfterCommitQueue? Queue(DbContext? context) => (context as LtkDbContext)?.AfterCommit;
}
