using System.Text.Json.Nodes;
using Cms.Core.Data;
using Cms.Core.Work;
using Cms.Workflows.Housekeeping;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LtkSite.Tests.Integration.Workflows.WorkflowTypeBuilder;

namespace LtkSite.Tests.Integration.Workflows;

public sealed class WorkflowHousekeepingTests_Sqlite(SqliteWorkSiteFixture fixture) : WorkflowHousekeepingTests<SqliteWorkSiteFixture>(fixture), IClassFixture<SqliteWorkSiteFixture>;

public sealed class WorkflowHousekeepingTests_Postgres(PostgresWorkSiteFixture fixture) : WorkflowHousekeepingTests<PostgresWorkSiteFixture>(fixture), IClassFixture<PostgresWorkSiteFixture>;

/// <summary>
/// The nightly workflow housekeeping on a fake clock, run by the work queue as the background loop would: what is old goes,
/// what is young or not yet ended stays, and an event delivered again within the receipt window still does nothing.
/// </summary>
public abstract class WorkflowHousekeepingTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : WorkSiteFixture
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private DateTime Now => Fixture.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task The_site_queues_one_nightly_housekeeping_row_at_a_quarter_past_three_site_time()
    {
        var rows = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkItem>().AsNoTracking()
            .Where(w => w.Kind == WorkflowHousekeepingHandler.WorkKind).ToListAsync());

        var row = Assert.Single(rows);
        Assert.Equal(WorkflowHousekeepingSchedule.Key, row.Key);
        Assert.Equal("15 3 * * *", row.Cron);
        Assert.Equal(WorkStatus.Pending, row.Status);
        Assert.Equal(new TimeSpan(3, 15, 0), TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(row.DueUtc, DateTimeKind.Utc), Copenhagen).TimeOfDay);
    }

    [Fact]
    public async Task Instances_ended_longer_ago_than_the_retention_go_with_their_journal_and_young_or_unended_ones_stay()
    {
        var typeId = UniqueId("review");
        var start = UniqueId("start");
        var concluded = UniqueId("concluded");
        await Site.SaveWorkflowTypeAsync(new WorkflowTypeBuilder(typeId)
            .Start("start", "SignalEvent", Signal(start))
            .Then("wait", "SignalEvent", Signal(concluded))
            .Then("decide", "SetPropertyTask", SetProperty("Decided", "yes"))
            .Connect("start", "Done", "wait")
            .Connect("wait", "Done", "decide")
            .Build());
        var badDate = new WorkflowTypeBuilder(UniqueId("baddate"));
        var badStart = UniqueId("start");
        await Site.SaveWorkflowTypeAsync(badDate
            .Start("start", "SignalEvent", Signal(badStart))
            .Then("wait", "WaitUntilTask", new JsonObject { ["Date"] = new JsonObject { ["Expression"] = "{{ Input.MeetingDate }}" } })
            .Connect("start", "Done", "wait")
            .Build());
        Site.Logs.ExpectContaining("faulted in activity wait");

        await Site.SignalAsync(start, "finished-old");
        await Site.SignalAsync(concluded, "finished-old");
        await Site.SignalAsync(start, "halted-old");
        await Site.SignalAsync(start, "aborted-old");
        var aborted = await Site.InstanceAsync(typeId, "aborted-old");
        Assert.True(await Site.WithScopeAsync(async s =>
        {
            var ok = await s.GetRequiredService<WorkflowManager>().AbortAsync(aborted.WorkflowId);
            await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            return ok;
        }));
        await Site.SignalAsync(badStart, "faulted-old", new JsonObject { ["MeetingDate"] = "next Tuesday" });
        var finishedOld = await Site.InstanceAsync(typeId, "finished-old");
        var haltedOld = await Site.InstanceAsync(typeId, "halted-old");
        var faultedOld = await Site.InstanceAsync(badDate.WorkflowTypeId, "faulted-old");
        Assert.Equal(WorkflowStatus.Finished, finishedOld.Status);
        Assert.Equal(WorkflowStatus.Halted, haltedOld.Status);
        Assert.Equal(WorkflowStatus.Faulted, faultedOld.Status);
        Assert.NotEmpty(await Site.JournalAsync(finishedOld.WorkflowId));

        Fixture.Clock.Advance(TimeSpan.FromDays(40));
        await Site.SignalAsync(start, "finished-young");
        await Site.SignalAsync(concluded, "finished-young");
        var finishedYoung = await Site.InstanceAsync(typeId, "finished-young");
        Assert.Equal(WorkflowStatus.Finished, finishedYoung.Status);

        // The site keeps ended instances 60 days (WorkSiteFixture); the first night after that for the first ones.
        Fixture.Clock.Advance(TimeSpan.FromDays(21));
        await RunNightAsync();

        var left = (await Site.InstancesAsync(typeId)).Concat(await Site.InstancesAsync(badDate.WorkflowTypeId)).Select(i => i.CorrelationId).Order().ToList();
        Assert.Equal(["faulted-old", "finished-young", "halted-old"], left);
        Assert.Empty(await Site.JournalAsync(finishedOld.WorkflowId));
        Assert.Empty(await Site.JournalAsync(aborted.WorkflowId));
        Assert.Equal(["start:Done", "wait:halted"], await Site.JournalAsync(haltedOld.WorkflowId));
        Assert.Equal(["wait"], await Site.BlockingAsync(haltedOld.WorkflowId));
        Assert.NotEmpty(await Site.JournalAsync(finishedYoung.WorkflowId));

        // The one still waiting goes on as before.
        await Site.SignalAsync(concluded, "halted-old");
        Assert.Equal("yes", (await Site.InstanceAsync(typeId, "halted-old")).Property("Decided"));
    }

    [Fact]
    public async Task An_event_delivered_again_within_thirty_days_still_does_nothing_and_its_receipt_goes_after_them()
    {
        var typeId = UniqueId("receipt");
        var start = UniqueId("start");
        await Site.SaveWorkflowTypeAsync(new WorkflowTypeBuilder(typeId)
            .Start("start", "SignalEvent", Signal(start))
            .Then("note", "SetPropertyTask", SetProperty("Noted", "yes"))
            .Connect("start", "Done", "note")
            .Build());
        var eventId = "application-submitted:" + typeId;
        await Site.SignalAsync(start, "application-1", eventId: eventId);
        Assert.Single(await Site.InstancesAsync(typeId));

        Fixture.Clock.Advance(TimeSpan.FromDays(29));
        await RunNightAsync();
        await Site.SignalAsync(start, "application-1", eventId: eventId);
        Assert.Single(await Site.InstancesAsync(typeId));
        Assert.True(await ReceiptExistsAsync(eventId));
        var laterId = eventId + ":later";
        await Site.SignalAsync(start, "application-2", eventId: laterId);

        Fixture.Clock.Advance(TimeSpan.FromDays(2));
        await RunNightAsync();
        Assert.False(await ReceiptExistsAsync(eventId));
        Assert.True(await ReceiptExistsAsync(laterId));
        // What the event started is kept for the instance retention, not the receipt window.
        Assert.Equal(2, (await Site.InstancesAsync(typeId)).Count);
    }

    /// <summary>Moves the clock on to the housekeeping row's next run if it is not due yet, and runs the queue.</summary>
    private async Task RunNightAsync()
    {
        var due = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkItem>().AsNoTracking()
            .Where(w => w.Key == WorkflowHousekeepingSchedule.Key).Select(w => w.DueUtc).SingleAsync());
        var by = DateTime.SpecifyKind(due, DateTimeKind.Utc) - Now;
        if (by > TimeSpan.Zero)
        {
            Fixture.Clock.Advance(by);
        }

        await Fixture.Runner.RunDueWorkAsync();
        var after = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkItem>().AsNoTracking()
            .SingleAsync(w => w.Key == WorkflowHousekeepingSchedule.Key));
        Assert.Equal(WorkStatus.Pending, after.Status);
        Assert.True(after.DueUtc > Now, "The housekeeping row ran and waits for the next night.");
        Assert.Null(after.LastError);
    }

    private Task<bool> ReceiptExistsAsync(string eventId) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowEventReceipt>().AnyAsync(r => r.EventId == eventId));
}
