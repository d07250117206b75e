using Cms.Core.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LtkSite.Testing;

/// <summary>
/// A throw-away database for one site under test: a SQLite file in a temporary folder, or a fresh
/// database on the PostgreSQL server that <c>./test.sh</c> starts (its address in <c>LTK_TEST_POSTGRES</c>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "LTK_TEST_POSTGRES";

    private readonly string? _folder;
    private readonly string? _postgresAdmin;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder, string? postgresAdmin, string? name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _postgresAdmin = postgresAdmin;
        Name = name;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The PostgreSQL database name; null on SQLite.</summary>
    public string? Name { get; }

    /// <summary>The SQLite file; null on PostgreSQL.</summary>
    public string? SqliteFile => _folder is null ? null : Path.Combine(_folder, "data", "ltk.db");

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "ltk-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(folder, "data"));
            var file = Path.Combine(folder, "data", "ltk.db");
            return new TestDatabase(provider, $"Data Source={file}", folder, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            // Never skip: a PostgreSQL test that cannot reach PostgreSQL is a failure.
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run ./test.sh, which starts a throw-away PostgreSQL on 127.0.0.1 for the tests.");
        }

        var name = "ltk_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, admin, name);
    }

    /// <summary>Makes the database unreachable for the site (and returns a handle that restores it).</summary>
    public async Task<IAsyncDisposable> MakeUnreachableAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            // A plain file where the database's folder was: SQLite cannot open the database at all.
            var dataFolder = Path.GetDirectoryName(SqliteFile)!;
            var away = dataFolder + ".away";
            SqliteConnection.ClearAllPools();
            Directory.Move(dataFolder, away);
            await File.WriteAllTextAsync(dataFolder, "not a folder");
            return new Restore(() =>
            {
                File.Delete(dataFolder);
                Directory.Move(away, dataFolder);
                SqliteConnection.ClearAllPools();
                return Task.CompletedTask;
            });
        }

        await ExecuteAdminAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Name}' AND pid <> pg_backend_pid()");
        await ExecuteAdminAsync($"ALTER DATABASE \"{Name}\" RENAME TO \"{Name}_away\"");
        NpgsqlConnection.ClearAllPools();
        return new Restore(async () =>
        {
            await ExecuteAdminAsync($"ALTER DATABASE \"{Name}_away\" RENAME TO \"{Name}\"");
            NpgsqlConnection.ClearAllPools();
        });
    }

    private async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_postgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing request; the temp folder is cleaned by the OS.
            }
        }
        else if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAdminAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }
    }

    private sealed class Restore(Func<Task> restore) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await restore();
    }
}
