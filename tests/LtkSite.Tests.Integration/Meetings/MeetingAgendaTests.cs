using System.Net;
using System.Text.Json.Nodes;
using Cms.Contents.Services;
using Cms.Core.Data;
using Council.Grants.Models;
using Council.Meetings.Data;
using LtkSite.Testing;
using LtkSite.Tests.Integration.Grants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Meetings;

public sealed class MeetingAgendaTests_Sqlite(SqliteGrantSiteFixture fixture) : MeetingAgendaTests<SqliteGrantSiteFixture>(fixture), IClassFixture<SqliteGrantSiteFixture>;

public sealed class MeetingAgendaTests_Postgres(PostgresGrantSiteFixture fixture) : MeetingAgendaTests<PostgresGrantSiteFixture>(fixture), IClassFixture<PostgresGrantSiteFixture>;

/// <summary>A meeting's page: the agenda reordered with its buttons, and attendance of the current members with the quorum.</summary>
public abstract class MeetingAgendaTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : GrantSiteFixture
{
    [Fact]
    public async Task The_agenda_is_reordered_and_the_attendance_of_the_current_members_says_whether_the_meeting_is_quorate()
    {
        var ids = new List<string>();
        foreach (var title in new[] { "Fællesspisning", "Lektiehjælp", "Sommerudflugt" })
        {
            var id = await GrantApplications.CreateAsync(Site, title, "association", 1_000, [1_000]);
            await Site.SetStatusAsync(id, GrantApplicationStatus.ReadyForMeeting);
            ids.Add(id);
        }

        var march = await Site.MeetingOnAsync(new DateOnly(2027, 3, 4));
        var third = await Site.AgendaItemAsync(ids[2]);
        Assert.Equal(3, third.Position);
        await Client.LoginAsAdminAsync();
        var detail = $"/admin/meetings/{march.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(detail, $"{detail}/items/{third.Id}/up", [])).StatusCode);
        var order = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<AgendaItem>().AsNoTracking()
            .Where(i => i.MeetingId == march.Id).OrderBy(i => i.Position).Select(i => i.Title).ToListAsync());
        Assert.Equal(["Fællesspisning", "Sommerudflugt", "Lektiehjælp"], order);
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync(detail));
        Assert.True(page.IndexOf("Sommerudflugt", StringComparison.Ordinal) < page.IndexOf("Lektiehjælp", StringComparison.Ordinal));
        Assert.Contains("aria-label=\"Flyt punkt 2 op\"", page, StringComparison.Ordinal);

        // Three members in the current term, one from an earlier term: three are listed, sorted the Danish way.
        var term = await CreateAsync("CouncilTerm", "2026–2029", new JsonObject { ["StartYear"] = new JsonObject { ["Value"] = 2026 }, ["EndYear"] = new JsonObject { ["Value"] = 2029 } });
        var old = await CreateAsync("CouncilTerm", "2018–2021", new JsonObject { ["StartYear"] = new JsonObject { ["Value"] = 2018 }, ["EndYear"] = new JsonObject { ["Value"] = 2021 } });
        var aase = await MemberAsync("Åse Nielsen", "Dansk Flygtningehjælp", term);
        await MemberAsync("Øjvind Berg", "Lyngby Idrætsforening", term);
        var bo = await MemberAsync("Bo Hansen", "Ældre Sagen", term);
        await MemberAsync("Carl Jensen", "Tidligere forening", old);

        page = WebUtility.HtmlDecode(await Client.GetStringAsync(detail));
        HtmlValidator.AssertValid(page, "the meeting's page");
        Assert.DoesNotContain("Carl Jensen", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("Bo Hansen", StringComparison.Ordinal) < page.IndexOf("Øjvind Berg", StringComparison.Ordinal));
        Assert.True(page.IndexOf("Øjvind Berg", StringComparison.Ordinal) < page.IndexOf("Åse Nielsen", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(detail, $"{detail}/attendance", [new("Present", bo)])).StatusCode);
        page = WebUtility.HtmlDecode(await Client.GetStringAsync(detail));
        Assert.Contains("Ikke beslutningsdygtigt: 1 af 3 medlemmer til stede; der skal mindst 2 til (halvdelen af medlemmerne).", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(detail, $"{detail}/attendance", [new("Present", bo), new("Present", aase)])).StatusCode);
        page = WebUtility.HtmlDecode(await Client.GetStringAsync(detail));
        Assert.Contains("Beslutningsdygtigt: 2 af 3 medlemmer til stede; der skal mindst 2 til (halvdelen af medlemmerne).", page, StringComparison.Ordinal);
        var present = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<MeetingAttendance>().AsNoTracking()
            .Where(a => a.MeetingId == march.Id && a.Present).OrderBy(a => a.MemberName).Select(a => a.MemberName).ToListAsync());
        Assert.Equal(["Bo Hansen", "Åse Nielsen"], present);
    }

    private Task<string> MemberAsync(string name, string organisation, string term) =>
        CreateAsync("CouncilMember", name, new JsonObject
        {
            ["Organisation"] = new JsonObject { ["Text"] = organisation },
            ["Role"] = new JsonObject { ["Values"] = new JsonArray("member") },
            ["Term"] = new JsonObject { ["ContentItemIds"] = new JsonArray(term) },
        });

    private Task<string> CreateAsync(string type, string title, JsonObject part) =>
        Site.WithScopeAsync(async s =>
        {
            var contents = s.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync(type);
            item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
            item.Content[type] = part;
            return (await contents.CreateAsync(item, publish: true)).ContentItemId;
        });
}
