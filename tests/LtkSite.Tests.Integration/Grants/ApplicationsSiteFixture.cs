using Cms.Core.Data;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

/// <summary>The grant site of <see cref="GrantSiteFixture"/> (its clock at 10.01.2027) with its SQL commands counted, for the applications admin.</summary>
public abstract class ApplicationsSiteFixture : GrantSiteFixture
{
    public InstrumentedSiteFactory Instrumented => (InstrumentedSiteFactory)Site;

    protected override SiteFactory CreateSite(TestDatabase database) => new InstrumentedSiteFactory(database)
    {
        TestServices = services => services.AddSingleton<TimeProvider>(Clock),
    };
}

public sealed class SqliteApplicationsSiteFixture : ApplicationsSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresApplicationsSiteFixture : ApplicationsSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
