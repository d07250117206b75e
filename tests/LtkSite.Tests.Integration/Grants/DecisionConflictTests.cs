using System.Globalization;
using System.Net;
using LtkSite.Testing;

namespace LtkSite.Tests.Integration.Grants;

public sealed class DecisionConflictTests_Sqlite(SqliteGrantSiteFixture fixture) : DecisionConflictTests<SqliteGrantSiteFixture>(fixture), IClassFixture<SqliteGrantSiteFixture>;

public sealed class DecisionConflictTests_Postgres(PostgresGrantSiteFixture fixture) : DecisionConflictTests<PostgresGrantSiteFixture>(fixture), IClassFixture<PostgresGrantSiteFixture>;

/// <summary>
/// The decision page names the members who take no part in the item (forvaltningsloven § 3): flagged by their register
/// or declared on the meeting's conflicts page, and only the members on the council on the meeting's date.
/// </summary>
public abstract class DecisionConflictTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : GrantSiteFixture
{
    [Fact]
    public async Task The_decision_page_says_which_members_take_no_part_in_the_treatment_and_a_member_whose_term_ended_is_not_one()
    {
        var ended = await CouncilData.CreateTermAsync(Site, 2030, 2033);
        var current = await CouncilData.CreateTermAsync(Site, 2034, 2037);
        await CouncilData.CreateMemberAsync(Site, "Erik Holm", "Lundtofte Lektiecafé", ended);
        await CouncilData.CreateMemberAsync(Site, "Maria Sørensen", "Lundtofte Lektiecafé forening", current);
        var hassan = await CouncilData.CreateMemberAsync(Site, "Hassan Ali", "Lyngby Skakklub", current);
        var id = await DecisionCases.ApplicationAsync(Site, 2037, "Lektiecafé i Lundtofte", 6_000, organisation: "Lundtofte Lektiecafé");
        var meeting = await DecisionCases.MeetingAsync(Site, new DateOnly(2037, 3, 5));
        await DecisionCases.PutOnAgendaAsync(Site, id, meeting, "Lektiecafé i Lundtofte", "Lundtofte Lektiecafé");
        var item = await DecisionCases.AgendaItemAsync(Site, id);
        await Client.LoginAsAdminAsync();

        // Hassan declares a conflict on the meeting's conflicts page, in his own words.
        var conflicts = $"/admin/meetings/{meeting.ToString(CultureInfo.InvariantCulture)}/conflicts";
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(conflicts, conflicts + "/declare",
            [new("ItemId", item.Id.ToString(CultureInfo.InvariantCulture)), new("MemberId", hassan), new("Reason", "formand for Lundtofte Lektiecafé")])).StatusCode);

        // Maria is flagged by her organisation's name ("forening" aside); Erik's term ended in 2033.
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/applications/{id}/decision"));
        Assert.Contains("Medlemmer, der ikke deltager", page, StringComparison.Ordinal);
        Assert.Contains("<li>Hassan Ali deltager ikke i behandlingen (formand for Lundtofte Lektiecafé)</li>", page, StringComparison.Ordinal);
        Assert.Contains("<li>Maria Sørensen deltager ikke i behandlingen (Leder eller repræsenterer Lundtofte Lektiecafé forening)</li>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Erik Holm", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Erik Holm", WebUtility.HtmlDecode(await Client.GetStringAsync(conflicts)), StringComparison.Ordinal);
    }
}
