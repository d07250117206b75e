using System.Net;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Council.Grants.Models;
using Council.Grants.Services;
using LtkSite.Testing;
using LtkSite.Tests.Integration.Grants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Meetings;

public sealed class MeetingQueueTests_Sqlite(SqliteGrantSiteFixture fixture) : MeetingQueueTests<SqliteGrantSiteFixture>(fixture), IClassFixture<SqliteGrantSiteFixture>;

public sealed class MeetingQueueTests_Postgres(PostgresGrantSiteFixture fixture) : MeetingQueueTests<PostgresGrantSiteFixture>(fixture), IClassFixture<PostgresGrantSiteFixture>;

/// <summary>
/// After the last planned meeting's item deadline an item waits in the queue (the dashboard warns); planning a meeting
/// puts it on; the secretariat moves it only with a reason; cancelling a meeting moves its items on with the reason.
/// </summary>
public abstract class MeetingQueueTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : GrantSiteFixture
{
    [Fact]
    public async Task With_no_meeting_the_item_waits_in_the_queue_planning_one_takes_it_and_moves_keep_their_reasons()
    {
        var id = await GrantApplications.CreateAsync(Site, "Fællesspisning i Lundtofteparken", "association", 5_000, [5_000]);
        // 19.11.2027: the December meeting's deadline (18.11) has passed and nothing is planned after it.
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2027, 11, 19, 10, 0, 0, TimeSpan.Zero));
        await Site.SetStatusAsync(id, GrantApplicationStatus.ReadyForMeeting);
        var part = await Site.ApplicationAsync(id);
        Assert.Equal(GrantApplicationStatus.ReadyForMeeting, part.Status);
        Assert.Null(part.AgendaMeetingDate);
        Assert.Null(part.ExpectedMeetingDate);
        var text = await Site.WithScopeAsync(s => Task.FromResult(s.GetRequiredService<GrantStatusTexts>().ForApplicant(part, "da-DK")));
        Assert.Equal("Ansøgningen behandles på Integrationsrådets førstkommende møde. Du får besked lige efter mødet.", text.Meeting);
        var item = await Site.AgendaItemAsync(id);
        Assert.Null(item.MeetingId);

        await Client.LoginAsAdminAsync();
        var dashboard = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin"));
        Assert.Contains("Punkter i køen, der venter på et møde, som kan tage dem: 1.", dashboard, StringComparison.Ordinal);
        Assert.Contains("Næste møde: 02.12.2027 kl. 17.00, Lyngby Rådhus, mødelokale 1", dashboard, StringComparison.Ordinal);
        var queue = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/meetings/queue"));
        HtmlValidator.AssertValid(queue, "the queue");
        // The title links to the application the item is (its source describes it).
        Assert.Contains($"<a href=\"/admin/applications/{id}\">Fællesspisning i Lundtofteparken</a>", queue, StringComparison.Ordinal);
        Assert.Contains("<td>19.11.2027</td>", queue, StringComparison.Ordinal);

        // A date that is no date and a time in words: each field says what to write, what was typed stays.
        var bad = WebUtility.HtmlDecode(await (await Client.PostFormAsync("/admin/meetings", "/admin/meetings",
            [new("Date", "31.02.2028"), new("Time", "kl. fem"), new("Place", ""), new("ItemDeadline", ""), new("AgendaDeadline", "")])).Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#Date\">Skriv mødets dato som dag.måned.år, fx 04.03.2027.</a>", bad, StringComparison.Ordinal);
        Assert.Contains("id=\"Time-error\">Skriv, hvornår mødet begynder, som timer.minutter, fx 17.00.", bad, StringComparison.Ordinal);
        Assert.Contains("id=\"Place-error\">Skriv, hvor mødet holdes", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"31.02.2028\"", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"kl. fem\"", bad, StringComparison.Ordinal);

        // Planning the March 2028 meeting drains the queue: the item joins it, the move says why.
        var planned = await Client.PostFormAsync("/admin/meetings", "/admin/meetings",
            [new("Date", "2.3.2028"), new("Time", "17.00"), new("Place", "Lyngby Rådhus, mødelokale 1"), new("ItemDeadline", ""), new("AgendaDeadline", "")]);
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var march = await Site.MeetingOnAsync(new DateOnly(2028, 3, 2));
        Assert.Equal("/admin/meetings/" + march.Id, planned.Headers.Location!.OriginalString);
        Assert.Equal((new DateOnly(2028, 2, 17), new DateOnly(2028, 2, 24)), (march.ItemDeadline, march.AgendaDeadline));
        Assert.Equal(new DateTime(2028, 3, 2, 16, 0, 0), march.StartsUtc);
        part = await Site.ApplicationAsync(id);
        Assert.Equal((GrantApplicationStatus.OnAgenda, new DateOnly(2028, 3, 2)), (part.Status, part.AgendaMeetingDate));
        item = await Site.AgendaItemAsync(id);
        Assert.Equal((march.Id, 1), (item.MeetingId, item.Position));
        Assert.Equal("Mødet blev planlagt", (await Site.MovesAsync(item.Id)).Single().Reason);
        var submittedNow = await GrantApplications.CreateAsync(Site, "Juleklip", "association", 1_000, [1_000]);
        Assert.Equal(new DateOnly(2028, 3, 2), (await Site.ApplicationAsync(submittedNow)).ExpectedMeetingDate);

        // A move without a reason is refused at the field; the item stays.
        var detail = $"/admin/meetings/{march.Id}";
        var noReason = WebUtility.HtmlDecode(await (await Client.PostFormAsync(detail, $"{detail}/items/{item.Id}/move", [new("Target", "queue"), new("Reason", " ")])).Content.ReadAsStringAsync());
        Assert.Contains($"id=\"Reason-{item.Id}-error\">Skriv, hvorfor punktet flyttes; begrundelsen gemmes med punktet.", noReason, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#Reason-{item.Id}\">", noReason, StringComparison.Ordinal);
        Assert.Equal(march.Id, (await Site.AgendaItemAsync(id)).MeetingId);

        // Cancelling the March meeting moves the item to the next planned one, with the reason.
        var plannedJune = await Client.PostFormAsync("/admin/meetings", "/admin/meetings",
            [new("Date", "01.06.2028"), new("Time", "16.30"), new("Place", "Lyngby Rådhus, mødelokale 1"), new("ItemDeadline", "10.05.2028"), new("AgendaDeadline", "")]);
        Assert.Equal(HttpStatusCode.Redirect, plannedJune.StatusCode);
        var june = await Site.MeetingOnAsync(new DateOnly(2028, 6, 1));
        Assert.Equal(new DateOnly(2028, 5, 10), june.ItemDeadline);
        var withoutReason = WebUtility.HtmlDecode(await (await Client.PostFormAsync(detail, $"{detail}/cancel", [new("CancelReason", "")])).Content.ReadAsStringAsync());
        Assert.Contains("id=\"CancelReason-error\">Skriv, hvorfor mødet aflyses", withoutReason, StringComparison.Ordinal);
        var cancelled = await Client.PostFormAsync(detail, $"{detail}/cancel", [new("CancelReason", "Rådhuset er lukket")]);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        part = await Site.ApplicationAsync(id);
        Assert.Equal((GrantApplicationStatus.OnAgenda, new DateOnly(2028, 6, 1)), (part.Status, part.AgendaMeetingDate));
        Assert.Equal("Mødet den 02.03.2028 blev aflyst: Rådhuset er lukket", (await Site.MovesAsync(item.Id)).Last().Reason);
        var cancelledPage = WebUtility.HtmlDecode(await Client.GetStringAsync(detail));
        Assert.Contains("id=\"meeting-status\">Aflyst", cancelledPage, StringComparison.Ordinal);
        Assert.Contains("Rådhuset er lukket", cancelledPage, StringComparison.Ordinal);

        // To the queue and back onto the June meeting, each with a reason.
        var toQueue = await Client.PostFormAsync($"/admin/meetings/{june.Id}", $"/admin/meetings/{june.Id}/items/{item.Id}/move", [new("Target", "queue"), new("Reason", "Ansøgeren har bedt om udsættelse")]);
        Assert.Equal(HttpStatusCode.Redirect, toQueue.StatusCode);
        part = await Site.ApplicationAsync(id);
        Assert.Equal((GrantApplicationStatus.ReadyForMeeting, (DateOnly?)null), (part.Status, part.AgendaMeetingDate));
        var placed = await Client.PostFormAsync("/admin/meetings/queue", $"/admin/meetings/queue/{item.Id}", [new("Meeting", june.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Reason", "Ansøgeren er klar igen")]);
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        part = await Site.ApplicationAsync(id);
        Assert.Equal((GrantApplicationStatus.OnAgenda, new DateOnly(2028, 6, 1)), (part.Status, part.AgendaMeetingDate));
        var history = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/meetings/{june.Id}"));
        Assert.Contains("<td>Ansøgeren har bedt om udsættelse</td>", history, StringComparison.Ordinal);
        Assert.Contains("<td>Ansøgeren er klar igen</td>", history, StringComparison.Ordinal);

        var audited = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<AuditTrailEvent>().AsNoTracking()
            .Where(e => e.Category == "Meetings").Select(e => e.EventName).ToListAsync());
        Assert.Contains("Planned", audited);
        Assert.Contains("Cancelled", audited);
        Assert.Contains("ItemMoved", audited);
    }
}
