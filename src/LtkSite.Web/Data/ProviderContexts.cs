using Cms.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace LtkSite.Web.Data;

/// <summary>The site's context on SQLite; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteLtkDbContext(DbContextOptions<SqliteLtkDbContext> options, IEnumerable<IModelContributor> contributors)
    : LtkDbContext(options, contributors);

/// <summary>The site's context on PostgreSQL; its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresLtkDbContext(DbContextOptions<PostgresLtkDbContext> options, IEnumerable<IModelContributor> contributors)
    : LtkDbContext(options, contributors);
