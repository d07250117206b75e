using System.Net;
using Cms.Core.Data;
using Council.Grants.Data;
using Council.Grants.Models;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

public sealed class ApplicationsListScaleTests_Sqlite(SqliteApplicationsSiteFixture fixture) : ApplicationsListScaleTests<SqliteApplicationsSiteFixture>(fixture), IClassFixture<SqliteApplicationsSiteFixture>;

public sealed class ApplicationsListScaleTests_Postgres(PostgresApplicationsSiteFixture fixture) : ApplicationsListScaleTests<PostgresApplicationsSiteFixture>(fixture), IClassFixture<PostgresApplicationsSiteFixture>;

/// <summary>
/// 10,000 applications in the index table: the list's first and a middle page, filtered or not, ask the database for
/// one count and one page of rows, however many applications there are (the speed itself is the benchmarks' business).
/// </summary>
public abstract class ApplicationsListScaleTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : ApplicationsSiteFixture
{
    private const int Count = 10_000;

    private static readonly string[] s_kinds = [.. ApplicantKinds.All];

    [Fact]
    public async Task The_first_and_a_middle_page_of_ten_thousand_applications_take_one_count_and_one_page_query()
    {
        await SeedAsync();
        await Client.LoginAsAdminAsync();
        // Warm the signed-in user's and the site's caches, so what is counted below is the list itself.
        await Client.GetStringAsync("/admin/applications");
        var sql = Fixture.Instrumented.Sql;

        var counts = new List<int>();
        foreach (var (query, total, page) in new[]
        {
            ("", Count, "Side 1 af 200"),
            ("Page=100", Count, "Side 100 af 200"),
            ("Status=Screening&Page=10", Count / 4, "Side 10 af 50"),
            ("Kind=association&Year=2027&Sort=amount-high&Page=5", Count / 5, "Side 5 af 40"),
        })
        {
            sql.Reset();
            var response = await Client.GetAsync("/admin/applications?" + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains(page, html, StringComparison.Ordinal);
            Assert.Contains($"{total.ToString("#,0", Cms.Core.Localization.DanishCulture.Culture)} ansøgninger fundet.", html, StringComparison.Ordinal);
            Assert.Equal(50, html.Split("data-application-id=", StringSplitOptions.None).Length - 1);

            var onIndex = sql.Commands.Where(c => c.Contains("GrantApplicationIndex", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, onIndex.Count);
            Assert.Contains(onIndex, c => c.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(sql.Commands, c => c.Contains("\"ContentItems\"", StringComparison.Ordinal) || c.Contains("FROM ContentItems", StringComparison.Ordinal));
            counts.Add(sql.Commands.Count);
        }

        // No query per row: every page costs the same few commands.
        Assert.All(counts, c => Assert.Equal(counts[0], c));
        Assert.InRange(counts[0], 2, 8);
    }

    private Task<int> SeedAsync() => Site.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<LtkDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var start = GrantSiteFixture.Now.UtcDateTime.AddDays(-Count / 100.0);
        var statuses = new[] { GrantApplicationStatus.Received, GrantApplicationStatus.Screening, GrantApplicationStatus.ReadyForMeeting, GrantApplicationStatus.NotEligible };
        for (var i = 0; i < Count; i++)
        {
            var amount = 500m + (i * 37 % 59_000);
            db.Set<GrantApplicationIndex>().Add(new GrantApplicationIndex
            {
                ContentItemId = $"seed{i:D22}",
                Reference = $"LTK-2027-{i + 1:D5}",
                Status = statuses[i % 4],
                ApplicantKind = s_kinds[i % 5],
                ApplicantName = $"Ansøger {i}",
                ProjectTitle = $"Projekt {i}",
                SearchText = $"ltk-2027-{i + 1:d5} ansøger {i} projekt {i}",
                AmountAppliedFor = amount,
                AmountInOre = (long)(amount * 100),
                TotalBudget = amount,
                SubmittedUtc = start.AddMinutes(i * 14.4),
                PoolYear = 2027,
                ExpectedMeetingDate = new DateOnly(2027, 3, 4),
                MeetingDate = new DateOnly(2027, 3, 4),
                LowerPriority = s_kinds[i % 5] == ApplicantKinds.PublicInstitution,
            });
        }

        return await db.SaveChangesAsync();
    });
}
