using System.Net;
using Cms.Core.Data;
using Cms.Core.Work;
using Council.Grants.Data;
using Council.Grants.Handlers;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

public sealed class IndexBackfillTests_Sqlite() : IndexBackfillTests(DatabaseProvider.Sqlite);

public sealed class IndexBackfillTests_Postgres() : IndexBackfillTests(DatabaseProvider.Postgres);

/// <summary>
/// An application whose index row an older version of the site wrote (before the recommended amount, the amount in øre,
/// the search text and the meeting were columns) gets those columns when the site starts again, and the ledger counts it.
/// </summary>
public abstract class IndexBackfillTests(DatabaseProvider provider)
{
    [Fact]
    public async Task An_index_row_an_older_version_wrote_is_written_again_from_the_document_after_a_start_and_the_ledger_counts_it()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string id;
        await using (var before = new SiteFactory(database))
        {
            before.Start();
            await DecisionCases.PoolAsync(before, 2045, 40_000);
            id = await DecisionCases.ApplicationAsync(before, 2045, "Lektiecafé i Lyngby", 9_000);
            using var client = before.CreateClient();
            await client.LoginAsAdminAsync();
            var page = $"/admin/applications/{id}";
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page, page + "/recommendation", [new("Recommendation", "Delvis bevilling."), new("RecommendedAmount", "7.000")])).StatusCode);

            // The row as the version before the recommended amount wrote it: none of the columns it did not know.
            await before.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<GrantApplicationIndex>().Where(i => i.ContentItemId == id)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.IndexVersion, 0).SetProperty(i => i.RecommendedAmount, (decimal?)null)
                    .SetProperty(i => i.AmountInOre, 0).SetProperty(i => i.SearchText, "").SetProperty(i => i.MeetingDate, (DateOnly?)null)));
            Assert.Contains("id=\"pool-recommended\">0 kr.", await client.GetStringAsync("/admin/pool?year=2045"), StringComparison.Ordinal);
        }

        await using var after = new SiteFactory(database);
        after.Start();
        Assert.True(await after.Services.GetRequiredService<WorkRunner>().RunDueWorkAsync() >= 1);

        var row = await after.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<GrantApplicationIndex>().AsNoTracking().SingleAsync(i => i.ContentItemId == id));
        Assert.Equal(GrantApplicationIndexProvider.CurrentVersion, row.IndexVersion);
        Assert.Equal(7_000m, row.RecommendedAmount);
        Assert.Equal(900_000, row.AmountInOre);
        Assert.Contains("lektiecafé i lyngby", row.SearchText, StringComparison.Ordinal);
        Assert.Equal(row.ExpectedMeetingDate, row.MeetingDate);

        using var admin = after.CreateClient();
        await admin.LoginAsAdminAsync();
        Assert.Contains("id=\"pool-recommended\">7.000 kr.", await admin.GetStringAsync("/admin/pool?year=2045"), StringComparison.Ordinal);
        var found = await admin.GetStringAsync("/admin/applications?q=lektiecaf%C3%A9");
        Assert.Contains("Lektiecafé i Lyngby", WebUtility.HtmlDecode(found), StringComparison.Ordinal);

        // Nothing is left to do: a further start queues no backfill.
        Assert.Equal(0, await after.Services.GetRequiredService<WorkRunner>().RunDueWorkAsync());
    }
}
