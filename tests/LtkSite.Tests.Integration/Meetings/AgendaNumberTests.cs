using System.Net;
using AngleSharp.Dom;
using Council.Meetings.Data;
using LtkSite.Testing;

namespace LtkSite.Tests.Integration.Meetings;

public sealed class AgendaNumberTests_Sqlite(SqliteCouncilSiteFixture fixture) : AgendaNumberTests<SqliteCouncilSiteFixture>(fixture), IClassFixture<SqliteCouncilSiteFixture>;

public sealed class AgendaNumberTests_Postgres(PostgresCouncilSiteFixture fixture) : AgendaNumberTests<PostgresCouncilSiteFixture>(fixture), IClassFixture<PostgresCouncilSiteFixture>;

/// <summary>
/// The agenda numbers the members and the public read after items move between meetings and through the queue: both
/// meetings numbered 1, 2, … in their order on the meeting's page, in the members' pack and on the public agenda; a held
/// meeting keeps its numbers when an item is deferred; the minutes name the number the item had at the meeting.
/// </summary>
public abstract class AgendaNumberTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : CouncilSiteFixture
{
    [Fact]
    public async Task After_moves_both_meetings_are_numbered_from_1_and_the_minutes_use_the_final_numbers()
    {
        var term = await CouncilData.CreateTermAsync(Site, 2026, 2029);
        var anna = await CouncilData.CreateMemberAsync(Site, "Anna Jensen", "Lyngby Boldklub", term);
        var bo = await CouncilData.CreateMemberAsync(Site, "Bo Nielsen", "Ældre Sagen", term);
        var march = await CouncilData.CreateMeetingAsync(Site, new DateOnly(2027, 3, 4));
        var june = (await Site.MeetingOnAsync(new DateOnly(2027, 6, 10))).Id;
        foreach (var (id, title, applicant) in new[]
        {
            ("numbers-a", "Fællesspisning", "Nydanske Kvinder"), ("numbers-b", "Sommerlejr", "Café Fællesskab"), ("numbers-c", "Lektiehjælp", "Lyngby Lektiecafé"),
            ("numbers-d", "Fodboldskole", "LYNGBY BOLDKLUB A/S"), ("numbers-e", "Strikkeklub", "Ældre Sagen Lyngby"),
        })
        {
            Assert.Equal(march, (await CouncilData.EnqueueAsync(Site, id, title, applicant, null, applicant)).MeetingId);
        }

        await Client.LoginAsAdminAsync();
        Assert.Equal(["1 Fællesspisning", "2 Sommerlejr", "3 Lektiehjælp", "4 Fodboldskole", "5 Strikkeklub"], await MeetingPageAsync(march));

        // The last item to June, one from the middle after it, one through the queue and back onto June.
        await MoveAsync(march, "numbers-e", june.ToString(System.Globalization.CultureInfo.InvariantCulture), "Ansøgeren bad om juni");
        await MoveAsync(march, "numbers-b", june.ToString(System.Globalization.CultureInfo.InvariantCulture), "Mangler budget");
        await MoveAsync(march, "numbers-c", "queue", "Afventer svar fra ansøgeren");
        var queued = await Site.AgendaItemAsync("numbers-c");
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/meetings/queue", $"/admin/meetings/queue/{queued.Id}",
            [new("Meeting", june.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Reason", "Svaret er kommet")])).StatusCode);

        string[] marchAgenda = ["1 Fællesspisning", "2 Fodboldskole"];
        string[] juneAgenda = ["1 Strikkeklub", "2 Sommerlejr", "3 Lektiehjælp"];
        Assert.Equal(marchAgenda, await MeetingPageAsync(march));
        Assert.Equal(juneAgenda, await MeetingPageAsync(june));
        Assert.Equal(marchAgenda, await HeadingsAsync(Client, $"/admin/meetings/{march}/pack", "section.pack-item h2"));
        Assert.Equal(juneAgenda, await HeadingsAsync(Client, $"/admin/meetings/{june}/pack", "section.pack-item h2"));

        // The public agendas once they are out (locked), then June opens again for the deferred item.
        await PostAsync($"/admin/meetings/{march}", "/lock");
        await PostAsync($"/admin/meetings/{june}", "/lock");
        using var visitor = Site.CreateClient();
        Assert.Equal(marchAgenda, await HeadingsAsync(visitor, "/moeder/2027-03-04/dagsorden", "section.public-agenda-item h3"));
        Assert.Equal(juneAgenda, await HeadingsAsync(visitor, "/moeder/2027-06-10/dagsorden", "section.public-agenda-item h3"));
        await PostAsync($"/admin/meetings/{june}", "/unlock");

        // At the meeting: item 1 is deferred to June, Anna takes no part in item 2 (her club applies).
        await CouncilData.RecordOutcomeAsync(Site, "numbers-a", AgendaItemOutcome.Deferred, "");
        await CouncilData.RecordOutcomeAsync(Site, "numbers-d", AgendaItemOutcome.PartlyGranted, "Bevilget 5.000 kr. af 9.000 kr.");
        await CouncilData.AttendAsync(Site, march, anna, "Anna Jensen", present: true);
        await CouncilData.AttendAsync(Site, march, bo, "Bo Nielsen", present: true);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync($"/admin/meetings/{march}/conclude", $"/admin/meetings/{march}/conclude", [])).StatusCode);

        // The held meeting keeps its numbers (the deferred item leaves a gap); June takes it last.
        Assert.Equal(["2 Fodboldskole"], await MeetingPageAsync(march));
        Assert.Equal(["2 Fodboldskole"], await HeadingsAsync(visitor, "/moeder/2027-03-04/dagsorden", "section.public-agenda-item h3"));
        Assert.Equal([.. juneAgenda, "4 Fællesspisning"], await MeetingPageAsync(june));
        var draft = (await Client.ValidPageAsync($"/admin/meetings/{march}/minutes")).QuerySelector("textarea#Markdown")!.TextContent;
        Assert.Contains("### Punkt 2: Fodboldskole", draft, StringComparison.Ordinal);
        Assert.Contains("Anna Jensen deltog ikke i behandlingen af punkt 2.", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("punkt 4", draft, StringComparison.Ordinal);
    }

    private async Task MoveAsync(long meeting, string sourceId, string target, string reason)
    {
        var item = await Site.AgendaItemAsync(sourceId);
        var detail = $"/admin/meetings/{meeting}";
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(detail, $"{detail}/items/{item.Id}/move", [new("Target", target), new("Reason", reason)])).StatusCode);
    }

    private async Task PostAsync(string page, string action) =>
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(page, page + action, [])).StatusCode);

    /// <summary>The agenda table of the meeting's admin page as "number title".</summary>
    private async Task<List<string>> MeetingPageAsync(long meeting) =>
        [.. (await Client.ValidPageAsync($"/admin/meetings/{meeting}")).QuerySelectorAll("#agenda + table tbody tr")
            .Select(r => r.QuerySelectorAll("td").Take(2).Select(c => c.TextContent.Trim()).ToArray())
            .Select(c => c[0] + " " + c[1])];

    /// <summary>The item headings "Punkt n: title" of a pack or public agenda as "n title".</summary>
    private static async Task<List<string>> HeadingsAsync(HttpClient client, string path, string selector) =>
        [.. (await client.ValidPageAsync(path)).QuerySelectorAll(selector).Select(Heading)];

    private static string Heading(IElement heading)
    {
        var text = heading.TextContent.Trim();
        Assert.StartsWith("Punkt ", text, StringComparison.Ordinal);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return text[6..colon] + " " + text[(colon + 1)..].Trim();
    }
}
