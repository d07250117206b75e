namespace Cms.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// <c>Database:Provider</c> (Sqlite, the default, or Postgres) and <c>ConnectionStrings:Default</c>.
/// With neither set the site keeps its data in <c>App_Data/ltk.db</c>.
/// </summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = "";
}
