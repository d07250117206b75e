using Cms.Core.Data;
using Cms.Core.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LtkSite.Web.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build each provider's model from every module, as the site does.
/// See docs/decisions/0003-one-schema-two-migration-sets.md.
/// </summary>
internal static class DesignTimeModel
{
    public static IEnumerable<IModelContributor> Contributors()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        foreach (var startupType in ModuleCatalog.Discover(typeof(DesignTimeModel).Assembly).StartupsToRun())
        {
            ModuleStartup.Create(startupType, configuration).ConfigureServices(services);
        }

        using var provider = services.BuildServiceProvider();
        return provider.GetServices<IModelContributor>().ToList();
    }
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLtkDbContext>
{
    public SqliteLtkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLtkDbContext>().UseSqlite("Data Source=design.db").Options, DesignTimeModel.Contributors());
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLtkDbContext>
{
    public PostgresLtkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLtkDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options, DesignTimeModel.Contributors());
}
