using Cms.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Council.Grants.Services;

/// <summary>
/// Makes the check of what is left of a year's pool and the booking against it one step: the caller opens a unit of
/// work, takes the year's lock, then reads what is left and books. Two secretaries saving on the same pool at once are
/// served one after the other, and the second reads the first's booking. SQLite serialises every write transaction
/// (EF begins them IMMEDIATE), so the unit of work is the lock; PostgreSQL takes a transaction-scoped advisory lock on
/// the year, released at commit or rollback (decision 0056).
/// </summary>
public sealed class GrantPoolLock(LtkDbContext db, DatabaseOptions database)
{
    /// <summary>The advisory lock's first key, for the pools (the second is the year).</summary>
    private const int PoolLockSpace = 5_980;

    public async Task LockAsync(int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The pool lock is taken inside a unit of work (db.BeginUnitOfWorkAsync).");
        }

        if (database.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PoolLockSpace}, {year})", cancellationToken);
        }
    }
}
