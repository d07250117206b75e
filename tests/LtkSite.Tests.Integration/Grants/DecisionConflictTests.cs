using System.Net;
using Cms.Core.Data;
using Council.Meetings.Data;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

public sealed class DecisionConflictTests_Sqlite(SqliteConflictsSiteFixture fixture) : DecisionConflictTests<SqliteConflictsSiteFixture>(fixture), IClassFixture<SqliteConflictsSiteFixture>;

public sealed class DecisionConflictTests_Postgres(PostgresConflictsSiteFixture fixture) : DecisionConflictTests<PostgresConflictsSiteFixture>(fixture), IClassFixture<PostgresConflictsSiteFixture>;

/// <summary>The decision page names the members who take no part in the item (forvaltningsloven § 3).</summary>
public abstract class DecisionConflictTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : GrantSiteFixture
{
    [Fact]
    public async Task The_decision_page_says_which_members_take_no_part_in_the_treatment()
    {
        var id = await DecisionCases.ApplicationAsync(Site, 2037, "Lektiecafé i Lundtofte", 6_000, organisation: "Lundtofte Lektiecafé");
        var meeting = await DecisionCases.MeetingAsync(Site, new DateOnly(2037, 3, 5));
        await DecisionCases.PutOnAgendaAsync(Site, id, meeting);
        var item = await DecisionCases.AgendaItemAsync(Site, id);
        await Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<LtkDbContext>();
            db.Set<AgendaItemConflict>().Add(new AgendaItemConflict { AgendaItemId = item.Id, MemberContentItemId = "member00000000000000000001", MemberName = "Hassan Ali", Declared = false, Reason = "formand for Lundtofte Lektiecafé", RecordedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return true;
        });
        await Client.LoginAsAdminAsync();

        var page = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/applications/{id}/decision"));
        Assert.Contains("Medlemmer, der ikke deltager", page, StringComparison.Ordinal);
        Assert.Contains("<li>Hassan Ali deltager ikke i behandlingen (formand for Lundtofte Lektiecafé)</li>", page, StringComparison.Ordinal);
    }
}
