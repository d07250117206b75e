using System.Net;
using Council.Grants.Services;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

public sealed class PoolLedgerQueryTests_Sqlite(InstrumentedSqliteSiteFixture fixture) : PoolLedgerQueryTests<InstrumentedSqliteSiteFixture>(fixture), IClassFixture<InstrumentedSqliteSiteFixture>;

public sealed class PoolLedgerQueryTests_Postgres(InstrumentedPostgresSiteFixture fixture) : PoolLedgerQueryTests<InstrumentedPostgresSiteFixture>(fixture), IClassFixture<InstrumentedPostgresSiteFixture>;

/// <summary>
/// The pool ledger, its export and the dashboard's pool box read the applications' index rows only: the same number of
/// SQL commands for a year of two applications as for eight, and never the application documents.
/// </summary>
public abstract class PoolLedgerQueryTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : InstrumentedSiteFixture
{
    [Fact]
    public async Task The_ledger_its_export_and_the_dashboard_run_as_many_queries_for_eight_applications_as_for_two_and_read_no_documents()
    {
        var year = Site.WithScope(s => s.GetRequiredService<GrantPoolLedger>().CurrentYear);
        await DecisionCases.PoolAsync(Site, year, 60_000);
        // Late in the year, so the meeting is still to come whatever day the tests run.
        var meeting = await DecisionCases.MeetingAsync(Site, new DateOnly(year, 12, 31));
        await Client.LoginAsAdminAsync();
        await AddAsync(year, meeting, 2, 0);
        var pool = $"/admin/pool?year={year}";
        Assert.Contains("id=\"pool-recommended\">4.000 kr.", await Client.GetStringAsync(pool), StringComparison.Ordinal);
        var two = await CountAsync(year);

        await AddAsync(year, meeting, 6, 2);
        Assert.Contains("id=\"pool-recommended\">16.000 kr.", await Client.GetStringAsync(pool), StringComparison.Ordinal);
        var eight = await CountAsync(year);

        Assert.Equal(two, eight);
        Assert.All(new[] { eight.Pool, eight.Export }, commands => Assert.DoesNotContain(commands, c => c.Contains("ContentItems", StringComparison.Ordinal)));
    }

    /// <summary>Applications of 5.000 kr. each on the meeting's agenda, each with a recommendation of 2.000 kr. saved on its page.</summary>
    private async Task AddAsync(int year, long meeting, int count, int from)
    {
        for (var n = from; n < from + count; n++)
        {
            var id = await DecisionCases.ApplicationAsync(Site, year, $"Projekt nummer {n}", 5_000);
            await DecisionCases.PutOnAgendaAsync(Site, id, meeting);
            var page = $"/admin/applications/{id}";
            var saved = await Client.PostFormAsync(page, page + "/recommendation", [new("Recommendation", "Sekretariatet indstiller til delvis bevilling."), new("RecommendedAmount", "2.000")]);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
    }

    private async Task<Counts> CountAsync(int year)
    {
        var pool = $"/admin/pool?year={year}";
        var export = $"/admin/pool/export?year={year}&table=meetings&format=Csv";
        // Once each to warm the node's caches, then counted.
        foreach (var url in new[] { pool, export, "/admin" })
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(url)).StatusCode);
        }

        var sql = Fixture.Instrumented.Sql;
        sql.Reset();
        foreach (var url in new[] { pool, export, "/admin" })
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(url)).StatusCode);
        }

        var commands = sql.Commands;
        return new Counts(Of(commands, pool), Of(commands, export), Of(commands, "/admin"));
    }

    private static List<string> Of(IReadOnlyList<string> commands, string url) =>
        [.. commands.Where(c => c.StartsWith(url + ": ", StringComparison.Ordinal)).Select(c => c[(url.Length + 2)..])];

    private sealed record Counts(List<string> Pool, List<string> Export, List<string> Dashboard)
    {
        public bool Equals(Counts? other) => other is not null && Pool.Count == other.Pool.Count && Export.Count == other.Export.Count && Dashboard.Count == other.Dashboard.Count;

        public override int GetHashCode() => HashCode.Combine(Pool.Count, Export.Count, Dashboard.Count);

        public override string ToString() => $"pool {Pool.Count}, export {Export.Count}, dashboard {Dashboard.Count}";
    }
}
