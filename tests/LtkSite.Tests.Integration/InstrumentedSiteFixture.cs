using Cms.Core.Data;
using LtkSite.Testing;

namespace LtkSite.Tests.Integration;

/// <summary>A seeded site per test class with its SQL and output cache instrumented (<see cref="InstrumentedSiteFactory"/>).</summary>
public abstract class InstrumentedSiteFixture : SiteFixture
{
    public InstrumentedSiteFactory Instrumented => (InstrumentedSiteFactory)Site;

    protected override SiteFactory CreateSite(TestDatabase database) => new InstrumentedSiteFactory(database);
}

public sealed class InstrumentedSqliteSiteFixture : InstrumentedSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class InstrumentedPostgresSiteFixture : InstrumentedSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
