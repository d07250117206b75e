using Cms.Core.Data;

namespace LtkSite.Tests.Integration.Journeys;

/// <summary>
/// The seeded site with mail at an SMTP server on 127.0.0.1 and a fake clock that starts at 10.01.2027 11:00 Danish time,
/// before the recipe's first meeting of 2027 (04.03.2027, item deadline 18.02.2027), so a journey lives through that year.
/// </summary>
public abstract class JourneySiteFixture() : WorkSiteFixture(Start)
{
    public static readonly DateTimeOffset Start = new(2027, 1, 10, 10, 0, 0, TimeSpan.Zero);
}

public sealed class SqliteJourneySiteFixture : JourneySiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresJourneySiteFixture : JourneySiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
