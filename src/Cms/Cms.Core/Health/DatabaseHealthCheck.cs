using System.Data.Common;
using Cms.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Cms.Core.Health;

/// <summary>
/// The database check behind <c>/health</c>: reads the site settings table on a pooled connection, without a
/// <c>DbContext</c> (building one cost more than the query). Requests that arrive while a check runs share its
/// result, so a flood of probes costs the database one query at a time and no answer is older than the check it waited for.
/// </summary>
public sealed class DatabaseHealthCheck(DatabaseOptions database) : IHealthCheck
{
    private readonly Lock _gate = new();
    private Task<HealthCheckResult>? _running;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _running ??= RunAsync(context.Registration.FailureStatus);
        }
    }

    private async Task<HealthCheckResult> RunAsync(HealthStatus failureStatus)
    {
        // Finish asynchronously, so the shared task is stored before it clears itself.
        await Task.Yield();
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
        finally
        {
            lock (_gate)
            {
                _running = null;
            }
        }
    }

    private DbConnection Open() => database.Provider == DatabaseProvider.Postgres
        ? new NpgsqlConnection(database.ConnectionString)
        : new SqliteConnection(database.ConnectionString);
}
