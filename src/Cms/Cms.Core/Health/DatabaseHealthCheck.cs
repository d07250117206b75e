using System.Data.Common;
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
        ? new NpgsqlConnection(database.ConnectionString)
        : new SqliteConnection(database.ConnectionString);
}
