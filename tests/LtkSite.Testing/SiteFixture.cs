using Cms.Core.Data;
using Xunit;

namespace LtkSite.Testing;

/// <summary>One seeded site for a whole test class, on the provider the subclass names.</summary>
public abstract class SiteFixture : IAsyncLifetime
{
    protected abstract DatabaseProvider Provider { get; }

    public SiteFactory Site { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(Provider);
        Site = CreateSite(Database);
        Site.Start();
    }

    protected virtual SiteFactory CreateSite(TestDatabase database) => new(database);

    public async Task DisposeAsync()
    {
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }
}

public sealed class SqliteSiteFixture : SiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresSiteFixture : SiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
