using System.Net;
using Council.Grants.Models;
using Council.Grants.Services;
using Council.Meetings.Data;
using Council.Meetings.Schedule;
using LtkSite.Testing;
using LtkSite.Tests.Integration.Grants;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Meetings;

public sealed class MeetingRoutingTests_Sqlite(SqliteGrantSiteFixture fixture) : MeetingRoutingTests<SqliteGrantSiteFixture>(fixture), IClassFixture<SqliteGrantSiteFixture>;

public sealed class MeetingRoutingTests_Postgres(PostgresGrantSiteFixture fixture) : MeetingRoutingTests<PostgresGrantSiteFixture>(fixture), IClassFixture<PostgresGrantSiteFixture>;

/// <summary>
/// An application marked ready joins the first coming meeting whose item deadline (the whole day, Danish time) has not
/// passed; a locked agenda takes no more. The recipe's meetings: 04.03.2027 (items by 18.02), 10.06.2027 (by 27.05).
/// </summary>
public abstract class MeetingRoutingTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : GrantSiteFixture
{
    [Fact]
    public async Task Ready_on_the_deadline_day_at_23_59_joins_that_meeting_at_midnight_the_next_and_a_locked_agenda_is_skipped()
    {
        var first = await GrantApplications.CreateAsync(Site, "Fællesspisning i Lundtofteparken", "association", 5_000, [5_000]);
        var second = await GrantApplications.CreateAsync(Site, "Lektiehjælp for nye familier", "association", 4_000, [4_000]);
        var third = await GrantApplications.CreateAsync(Site, "Sommerudflugt", "association", 3_000, [3_000]);

        // 23:59 on 18.02.2027 in Copenhagen (UTC+1): in time for the March meeting.
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 18, 22, 59, 0, TimeSpan.Zero));
        await Site.SetStatusAsync(first, GrantApplicationStatus.ReadyForMeeting);
        var part = await Site.ApplicationAsync(first);
        Assert.Equal(GrantApplicationStatus.OnAgenda, part.Status);
        Assert.Equal(new DateOnly(2027, 3, 4), part.AgendaMeetingDate);
        Assert.Equal([GrantApplicationStatus.ReadyForMeeting, GrantApplicationStatus.OnAgenda], part.StatusChanges.TakeLast(2).Select(c => c.Status));
        var item = await Site.AgendaItemAsync(first);
        Assert.Equal((1, "Fællesspisning i Lundtofteparken", "Amina Hassan"), (item.Position, item.Title, item.Applicant));
        var status = await Site.WithScopeAsync(s => Task.FromResult(s.GetRequiredService<GrantStatusTexts>().ForApplicant(part, "da-DK")));
        Assert.Equal("Din ansøgning er på dagsordenen for Integrationsrådets møde den 4. marts 2027.", status.Status);

        // 00:00 on 19.02.2027: the deadline has passed, the June meeting takes it.
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 18, 23, 0, 0, TimeSpan.Zero));
        await Site.SetStatusAsync(second, GrantApplicationStatus.ReadyForMeeting);
        Assert.Equal(new DateOnly(2027, 6, 10), (await Site.ApplicationAsync(second)).AgendaMeetingDate);

        // The June agenda locked: the next item goes to September, and so does what a submission now expects.
        await Client.LoginAsAdminAsync();
        var june = await Site.MeetingOnAsync(new DateOnly(2027, 6, 10));
        var locked = await Client.PostFormAsync($"/admin/meetings/{june.Id}", $"/admin/meetings/{june.Id}/lock", []);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Equal(MeetingStatus.AgendaLocked, (await Site.MeetingOnAsync(new DateOnly(2027, 6, 10))).Status);
        await Site.SetStatusAsync(third, GrantApplicationStatus.ReadyForMeeting);
        Assert.Equal(new DateOnly(2027, 9, 23), (await Site.ApplicationAsync(third)).AgendaMeetingDate);
        var expected = await Site.WithScopeAsync(s => s.GetRequiredService<IMeetingSchedule>().GetMeetingForSubmissionAsync(Fixture.Clock.GetUtcNow(), CancellationToken.None));
        Assert.Equal(new DateOnly(2027, 9, 23), expected?.Date);
        var late = await GrantApplications.CreateAsync(Site, "Juleklip", "association", 1_000, [1_000]);
        Assert.Equal(new DateOnly(2027, 9, 23), (await Site.ApplicationAsync(late)).ExpectedMeetingDate);

        var page = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/meetings/{june.Id}"));
        HtmlValidator.AssertValid(page, "the meeting's page");
        Assert.Contains("Dagsorden låst", page, StringComparison.Ordinal);
        Assert.Contains("Lektiehjælp for nye familier", page, StringComparison.Ordinal);

        // Unlocked again before the meeting: it takes items again.
        var unlocked = await Client.PostFormAsync($"/admin/meetings/{june.Id}", $"/admin/meetings/{june.Id}/unlock", []);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(MeetingStatus.Planned, (await Site.MeetingOnAsync(new DateOnly(2027, 6, 10))).Status);
    }
}
