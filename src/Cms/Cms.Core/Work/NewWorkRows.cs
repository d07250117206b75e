using System.Data.Common;
using Cms.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cms.Core.Work;

/// <summary>
/// Stores the work rows a save adds with <c>INSERT … ON CONFLICT ("Key") DO NOTHING</c> (SQLite and PostgreSQL alike), inside
/// the save's transaction and before the rest of it. Two units of work that queue the same new key at the same moment both
/// read "not queued"; a plain insert would fail the second save at the unique index and take the caller's other changes
/// with it. Here the second row is simply not stored and is detached, and the rest of that save commits as usual.
/// </summary>
internal static class NewWorkRows
{
    public static bool Any(LtkDbContext db) => db.Set<WorkItem>().Local.Any(w => db.Entry(w).State == EntityState.Added);

    /// <summary>Inserts the added work rows; a stored one becomes tracked as unchanged, one whose key was taken is detached. Returns how many were stored.</summary>
    public static async Task<int> InsertAsync(LtkDbContext db, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(WorkItem))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var id = entity.FindPrimaryKey()!.Properties.Single();
        var key = entity.FindProperty(nameof(WorkItem.Key))!;
        // Taken from the model, so a column another module adds to the table later is inserted too.
        var columns = entity.GetProperties().Where(p => p != id).ToList();
        var statement = $"""
            INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))})
            VALUES ({string.Join(", ", columns.Select((_, i) => "@w" + i))})
            ON CONFLICT ({sql.DelimitIdentifier(key.GetColumnName(table)!)}) DO NOTHING
            RETURNING {sql.DelimitIdentifier(id.GetColumnName(table)!)} AS "Value"
            """;

        var stored = 0;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        foreach (var entry in db.ChangeTracker.Entries<WorkItem>().Where(e => e.State == EntityState.Added).ToList())
        {
            var parameters = columns.Select((p, i) => Parameter(command, entry, p, "w" + i)).ToArray<object>();
            var ids = await db.Database.SqlQueryRaw<long>(statement, parameters).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                entry.State = EntityState.Detached;
                continue;
            }

            var idEntry = entry.Property(w => w.Id);
            idEntry.CurrentValue = ids[0];
            idEntry.IsTemporary = false;
            entry.State = EntityState.Unchanged;
            stored++;
        }

        return stored;
    }

    private static DbParameter Parameter(DbCommand command, EntityEntry<WorkItem> entry, IProperty property, string name) =>
        property.GetRelationalTypeMapping().CreateParameter(command, name, entry.Property(property.Name).CurrentValue, property.IsNullable);
}
