using Cms.Core.Data;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LtkSite.Tests.Integration.Grants;

/// <summary>
/// The seeded site on a clock standing at 10.01.2027 11:00 Danish time, so the recipe's 2027 meetings (the first on
/// 04.03.2027, its item deadline 18.02.2027) and the 2027 pool are the coming ones whatever day the tests run.
/// </summary>
public abstract class GrantSiteFixture : SiteFixture
{
    public static readonly DateTimeOffset Now = new(2027, 1, 10, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    protected override SiteFactory CreateSite(TestDatabase database) => new(database)
    {
        TestServices = services => services.AddSingleton<TimeProvider>(Clock),
    };
}

public sealed class SqliteGrantSiteFixture : GrantSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresGrantSiteFixture : GrantSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
