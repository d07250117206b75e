using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Cms.Core.Data;

/// <summary>
/// An explicit transaction over the site's <see cref="LtkDbContext"/> (<c>db.BeginUnitOfWorkAsync()</c>) for work of
/// several saves that commits as one (a recipe, setup, a user with roles). <see cref="CommitAsync"/> commits and then
/// runs the work queued for after the commit (<see cref="AfterCommitQueue"/>), once the transaction is over, so that
/// work may read and save through the same context; disposing without a commit rolls back and discards it.
/// </summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    private readonly LtkDbContext _db;
    private readonly IDbContextTransaction _transaction;
    private readonly ILogger _logger;
    private bool _done;

    internal UnitOfWork(LtkDbContext db, IDbContextTransaction transaction, ILogger logger)
    {
        _db = db;
        _transaction = transaction;
        _logger = logger;
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        _db.AfterCommit.CommittingUnitOfWork = true;
        try
        {
            await _transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _db.AfterCommit.CommittingUnitOfWork = false;
        }

        _done = true;
        await _transaction.DisposeAsync();
        await _db.AfterCommit.RunAsync(_logger);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        _done = true;
        _db.AfterCommit.Discard();
        await _transaction.RollbackAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_done)
        {
            _db.AfterCommit.Discard();
        }

        await _transaction.DisposeAsync();
    }
}
