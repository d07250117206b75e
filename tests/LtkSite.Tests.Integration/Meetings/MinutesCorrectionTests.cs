using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cms.Contents.Services;
using Cms.Core.Data;
using Council.Meetings.Data;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Meetings;

public sealed class MinutesCorrectionTests_Sqlite(SqliteCouncilSiteFixture fixture) : MinutesCorrectionTests<SqliteCouncilSiteFixture>(fixture), IClassFixture<SqliteCouncilSiteFixture>;

public sealed class MinutesCorrectionTests_Postgres(PostgresCouncilSiteFixture fixture) : MinutesCorrectionTests<PostgresCouncilSiteFixture>(fixture), IClassFixture<PostgresCouncilSiteFixture>;

/// <summary>
/// The minutes after their approval, as the secretariat and a visitor see them: approved minutes made a draft again with a
/// reason, published minutes corrected by a new draft that replaces the page's text as a new version of the same page
/// ("Rettet" with the date), the meeting's status following each step and every reason kept in the history and the audit trail.
/// </summary>
public abstract class MinutesCorrectionTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : CouncilSiteFixture
{
    private const string Page = "/referater/2027-03-04";

    [Fact]
    public async Task Approved_minutes_go_back_to_draft_with_a_reason_and_published_minutes_are_corrected_on_the_same_page()
    {
        var term = await CouncilData.CreateTermAsync(Site, 2026, 2029);
        var anna = await CouncilData.CreateMemberAsync(Site, "Anna Jensen", "Lyngby Boldklub", term);
        var bo = await CouncilData.CreateMemberAsync(Site, "Bo Nielsen", "Ældre Sagen", term);
        var march = await CouncilData.CreateMeetingAsync(Site, new DateOnly(2027, 3, 4));
        var minutes = $"/admin/meetings/{march}/minutes";
        await CouncilData.EnqueueAsync(Site, "minutes-item-1", "Fællesspisning", "Nydanske Kvinder forening", null, "Nydanske Kvinder");
        await CouncilData.RecordOutcomeAsync(Site, "minutes-item-1", AgendaItemOutcome.Granted, "Bevilget 8.000 kr.");
        await CouncilData.AttendAsync(Site, march, anna, "Anna Jensen", present: true);
        await CouncilData.AttendAsync(Site, march, bo, "Bo Nielsen", present: true);
        await Client.LoginAsAdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync($"/admin/meetings/{march}/conclude", $"/admin/meetings/{march}/conclude", [])).StatusCode);

        var draft = (await PageAsync(minutes)).QuerySelector("textarea#Markdown")!.TextContent;
        Assert.Equal(HttpStatusCode.Redirect, (await Post(minutes, "", ("Markdown", draft + "\nMødet sluttede kl. 19.00."))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Post(minutes, "/approve")).StatusCode);
        Assert.Equal(MeetingStatus.MinutesApproved, (await MeetingAsync(march)).Status);

        // Approved minutes are not changed behind the approval: they are made a draft again first, and only with a reason.
        var changed = await Post(minutes, "", ("Markdown", draft + "\nMødet sluttede kl. 19.15."));
        Assert.Equal(HttpStatusCode.BadRequest, changed.StatusCode);
        Assert.Contains("Referatet er godkendt: gør det til kladde igen, med begrundelsen, før du ændrer det.", await TextAsync(changed), StringComparison.Ordinal);
        var noReason = await Post(minutes, "/reopen", ("Reason", "  "));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Skriv, hvorfor referatet gøres til kladde igen (højst 1000 tegn); begrundelsen gemmes i referatets historik.", await TextAsync(noReason), StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.MinutesApproved, (await MeetingAsync(march)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await Post(minutes, "/reopen", ("Reason", "Bo Nielsens indlæg mangler"))).StatusCode);
        var reopened = await PageAsync(minutes);
        Assert.Equal(MeetingStatus.Held, (await MeetingAsync(march)).Status);
        Assert.Equal("Kladde", reopened.QuerySelector("#minutes-status")!.TextContent);
        Assert.Null(reopened.QuerySelector("#minutes-approved"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(minutes, "/publish")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Site.CreateClient().GetAsync(Page)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await Post(minutes, "", ("Markdown", draft + "\nBo Nielsen fortalte om foreningens arbejde."))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Post(minutes, "/approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Post(minutes, "/publish")).StatusCode);
        using var visitor = Site.CreateClient();
        var first = await visitor.GetStringAsync(Page);
        Assert.Contains("Bo Nielsen fortalte om foreningens arbejde.", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Rettet", first, StringComparison.Ordinal);
        var pageId = (await MeetingAsync(march)).MinutesContentItemId!;

        // Published minutes are neither edited nor published again as they stand: a correction begins with its reason.
        Assert.Contains("Referatet er godkendt: gør det til kladde igen", await TextAsync(await Post(minutes, "", ("Markdown", "Noget andet"))), StringComparison.Ordinal);
        var again = await Post(minutes, "/publish");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Referatet er offentliggjort. Vil du rette det, så gør det til kladde igen med begrundelsen.", await TextAsync(again), StringComparison.Ordinal);

        // Two days later (the sign-in has lapsed by then).
        Fixture.Clock.Advance(TimeSpan.FromDays(2));
        await Client.LoginAsAdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Post(minutes, "/reopen", ("Reason", "Beløbet i punkt 1 var skrevet forkert"))).StatusCode);
        Assert.Equal(MeetingStatus.Held, (await MeetingAsync(march)).Status);
        Assert.Equal("Rettelse i kladde; siden viser det offentliggjorte referat, indtil rettelsen er offentliggjort", (await PageAsync(minutes)).QuerySelector("#minutes-status")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await Post(minutes, "", ("Markdown", draft + "\nBo Nielsen fortalte om foreningens arbejde for ældre."))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Post(minutes, "/approve")).StatusCode);
        Assert.Equal(MeetingStatus.MinutesApproved, (await MeetingAsync(march)).Status);

        // Until the correction is published the page keeps the published text.
        Assert.Contains("Bo Nielsen fortalte om foreningens arbejde.", await visitor.GetStringAsync(Page), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Post(minutes, "/publish")).StatusCode);
        var corrected = await visitor.GetStringAsync(Page);
        HtmlValidator.AssertValid(corrected, Page);
        var main = new HtmlParser().ParseDocument(corrected).QuerySelector("main")!.TextContent;
        Assert.Contains("Rettet 12.01.2027.", main, StringComparison.Ordinal);
        Assert.Contains("Bo Nielsen fortalte om foreningens arbejde for ældre.", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Bo Nielsen fortalte om foreningens arbejde.", main, StringComparison.Ordinal);
        var meeting = await MeetingAsync(march);
        Assert.Equal((MeetingStatus.Published, pageId), (meeting.Status, meeting.MinutesContentItemId));
        var versions = await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().GetVersionsAsync(pageId));
        Assert.Equal(2, versions.Count);

        // The history, newest first, and the audit trail keep each step and its reason.
        var history = (await PageAsync(minutes)).QuerySelectorAll("table.minutes-history tbody tr")
            .Select(r => string.Join('|', r.QuerySelectorAll("td").Skip(1).Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(
            ["admin|Offentliggjort|", "admin|Godkendt|", "admin|Rettelse påbegyndt|Beløbet i punkt 1 var skrevet forkert", "admin|Offentliggjort|", "admin|Godkendt|",
                "admin|Gjort til kladde igen|Bo Nielsens indlæg mangler", "admin|Godkendt|"],
            history);
        var audited = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().AuditTrailEvents.AsNoTracking()
            .Where(e => e.EventName == "MinutesReopened" || e.EventName == "MinutesCorrectionStarted").OrderBy(e => e.Id).Select(e => e.Comment).ToListAsync());
        Assert.Equal(["Bo Nielsens indlæg mangler", "Beløbet i punkt 1 var skrevet forkert"], audited);
    }

    private Task<HttpResponseMessage> Post(string minutes, string action, params (string Name, string Value)[] fields) =>
        Client.PostFormAsync(minutes, minutes + action, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private Task<IDocument> PageAsync(string path) => Client.ValidPageAsync(path);

    private Task<Meeting> MeetingAsync(long id) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<Meeting>().AsNoTracking().SingleAsync(m => m.Id == id));
}
