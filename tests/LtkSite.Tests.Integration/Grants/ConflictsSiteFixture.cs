using Cms.Core.Data;
using Council.Meetings.Conflicts;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

/// <summary>The grant site on its fixed clock, with the members' conflicts read from the agenda items' recorded conflicts.</summary>
public abstract class ConflictsSiteFixture : GrantSiteFixture
{
    protected override SiteFactory CreateSite(TestDatabase database) => new(database)
    {
        TestServices = services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddScoped<IAgendaConflicts, RecordedConflicts>();
        },
    };
}

public sealed class SqliteConflictsSiteFixture : ConflictsSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresConflictsSiteFixture : ConflictsSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
