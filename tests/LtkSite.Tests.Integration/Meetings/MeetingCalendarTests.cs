using System.Net;
using Cms.Core.Data;
using Council.Meetings.Data;
using Ical.Net;
using LtkSite.Testing;
using LtkSite.Tests.Integration.Grants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Meetings;

public sealed class MeetingCalendarTests_Sqlite(SqliteGrantSiteFixture fixture) : MeetingCalendarTests<SqliteGrantSiteFixture>(fixture), IClassFixture<SqliteGrantSiteFixture>;

public sealed class MeetingCalendarTests_Postgres(PostgresGrantSiteFixture fixture) : MeetingCalendarTests<PostgresGrantSiteFixture>(fixture), IClassFixture<PostgresGrantSiteFixture>;

/// <summary>
/// The recipe's Meetings step (run again, it plans nothing twice), the public calendar in Danish and English and the
/// iCalendar feed, which a calendar program reads back with the meetings at 17.00 Danish time; a cancelled meeting shows.
/// </summary>
public abstract class MeetingCalendarTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : GrantSiteFixture
{
    private const string Step = """
        { "name": "meetings", "steps": [ { "name": "Meetings", "Meetings": [
          { "Date": "2027-03-04", "Time": "17:00", "Place": "Lyngby Rådhus, mødelokale 1" },
          { "Date": "2027-06-10", "Time": "17:00", "Place": "Lyngby Rådhus, mødelokale 2" },
          { "Date": "2027-09-23", "Time": "17:00", "Place": "Lyngby Rådhus, mødelokale 1" },
          { "Date": "2027-12-02", "Time": "17:00", "Place": "Lyngby Rådhus, mødelokale 1" } ] } ] }
        """;

    [Fact]
    public async Task The_Meetings_step_run_again_updates_the_meetings_on_their_dates_and_plans_none_twice()
    {
        var result = await Site.RunRecipeAsync(Step);
        Assert.True(result.Succeeded, result.Error);
        var meetings = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<Meeting>().AsNoTracking().Where(m => m.Date.Year == 2027 && m.Status != MeetingStatus.Cancelled).OrderBy(m => m.Date).ToListAsync());
        Assert.Equal(4, meetings.Count);
        Assert.Equal("Lyngby Rådhus, mødelokale 2", meetings[1].Place);
        Assert.Equal((new DateOnly(2027, 5, 27), new DateOnly(2027, 6, 3)), (meetings[1].ItemDeadline, meetings[1].AgendaDeadline));

        Site.Logs.ExpectContaining("failed at step Meetings");
        var bad = await Site.RunRecipeAsync("""{ "name": "bad", "steps": [ { "name": "Meetings", "Meetings": [ { "Date": "04.03.2027", "Time": "17:00", "Place": "Rådhuset" } ] } ] }""");
        Assert.False(bad.Succeeded);
        Assert.Contains("\"Date\" of a meeting is a date as year-month-day, e.g. \"2027-03-04\"; \"04.03.2027\" is not.", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_lists_the_coming_meetings_in_both_languages_and_the_feed_reads_back_at_Danish_time()
    {
        var response = await Client.GetAsync("/moeder");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        HtmlValidator.AssertValid(html, "the calendar");
        var page = WebUtility.HtmlDecode(html);
        Assert.Contains("<html lang=\"da\">", page, StringComparison.Ordinal);
        Assert.Contains("torsdag den 4. marts 2027", page, StringComparison.Ordinal);
        Assert.Contains("Kl. 17.00, Lyngby Rådhus, mødelokale 1", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/moeder/2027-03-04/dagsorden\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/moeder.ics\"", page, StringComparison.Ordinal);

        var english = WebUtility.HtmlDecode(await Client.GetStringAsync("/en/meetings"));
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Thursday 4 March 2027", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/meetings/2027-03-04/agenda\"", english, StringComparison.Ordinal);

        var feed = await Client.GetAsync("/moeder.ics");
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var text = await feed.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        var calendar = Calendar.Load(text)!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ToList();
        Assert.Equal(4, events.Count);
        Assert.All(events, e => Assert.Equal(("Europe/Copenhagen", 17, 0), (e.DtStart!.TzId, e.DtStart.Value.Hour, e.DtStart.Value.Minute)));
        Assert.Equal(new DateTime(2027, 3, 4, 16, 0, 0, DateTimeKind.Utc), events[0].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 6, 10, 15, 0, 0, DateTimeKind.Utc), events[1].DtStart!.AsUtc);
        Assert.Equal(4, events.Select(e => e.Uid).Distinct().Count());

        // Cancelled: the calendar and the feed say so at once (their cached copies are evicted), the event keeps its UID.
        await Client.LoginAsAdminAsync();
        var june = await Site.MeetingOnAsync(new DateOnly(2027, 6, 10));
        var cancelled = await Client.PostFormAsync($"/admin/meetings/{june.Id}", $"/admin/meetings/{june.Id}/cancel", [new("CancelReason", "For få punkter")]);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        using var visitor = Site.CreateClient();
        page = WebUtility.HtmlDecode(await visitor.GetStringAsync("/moeder"));
        Assert.Contains("torsdag den 10. juni 2027</time> <span> – Aflyst</span>", page, StringComparison.Ordinal);
        var after = Calendar.Load(await visitor.GetStringAsync("/moeder.ics"))!;
        var again = after.Events.Single(e => e.Uid == events[1].Uid);
        Assert.Equal("CANCELLED", again.Status);
    }
}
