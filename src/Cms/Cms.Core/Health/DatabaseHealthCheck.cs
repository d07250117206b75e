using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Cms.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Cms.Core.Health;

/// <summary>
/// The database check behind <c>/health</c>: reads the site settings table on a pooled connection, without a
/// <c>DbContext</c> (building one cost more than the query); concurrent probes share one run.
/// </summary>
public sealed class DatabaseHealthCheck(DatabaseOptions database) : SharedHealthCheck
{
    protected override async Task<HealthCheckResult> RunAsync(HealthStatus failureStatus)
    {
        try
        {
            await using var connection = Open();
            await connection.OpenAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT EXISTS (SELECT 1 FROM \"SiteSettings\")";
            await command.ExecuteScalarAsync(CancellationToken.None);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new HealthCheckResult(failureStatus, "The database does not answer.", ex);
        }
    }

    private DbConnection Open() => database.Provider == DatabaseProvider.Postgres
        ? OpenPostgres(database.ConnectionString)
        : new SqliteConnection(database.ConnectionString);

    // A method of its own, never inlined, so the Npgsql assembly loads only on a PostgreSQL site (1.5 MB resident, and its
    // loading during the first probe, on a SQLite one).
    [MethodImpl(MethodImplOptions.NoInlining)]
    [SuppressMessage("Performance", "CA1859", Justification = "No Npgsql type in the signature the caller compiles against.")]
    private static DbConnection OpenPostgres(string connectionString) => new NpgsqlConnection(connectionString);
}
