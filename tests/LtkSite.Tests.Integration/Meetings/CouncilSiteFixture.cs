using Cms.Core.Data;
using Cms.Core.Work;
using Council.Meetings.Agenda;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LtkSite.Tests.Integration.Meetings;

/// <summary>
/// The seeded site on a clock at 10.01.2027 11:00 Danish time (before the meeting on 04.03.2027 and its item deadline),
/// with <see cref="TestAgendaSource"/> describing the test's items; the work queue runs when a test runs <see cref="Runner"/>.
/// </summary>
public abstract class CouncilSiteFixture : SiteFixture
{
    public static readonly DateTimeOffset Now = new(2027, 1, 10, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    public WorkRunner Runner => Site.Services.GetRequiredService<WorkRunner>();

    protected override SiteFactory CreateSite(TestDatabase database) => new(database)
    {
        TestServices = services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddAgendaItemSource<TestAgendaSource>();
        },
    };
}

public sealed class SqliteCouncilSiteFixture : CouncilSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresCouncilSiteFixture : CouncilSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
