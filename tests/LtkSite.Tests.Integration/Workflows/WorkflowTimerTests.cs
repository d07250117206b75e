using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Cms.Core.Data;
using Cms.Core.Work;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Cms.Workflows.Signals;
using Cms.Workflows.Timers;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LtkSite.Tests.Integration.Workflows.WorkflowTypeBuilder;

namespace LtkSite.Tests.Integration.Workflows;

public sealed class WorkflowTimerTests_Sqlite(SqliteWorkSiteFixture fixture) : WorkflowTimerTests<SqliteWorkSiteFixture>(fixture), IClassFixture<SqliteWorkSiteFixture>;

public sealed class WorkflowTimerTests_Postgres(PostgresWorkSiteFixture fixture) : WorkflowTimerTests<PostgresWorkSiteFixture>(fixture), IClassFixture<PostgresWorkSiteFixture>;

/// <summary>
/// Timers, wait-untils and queued signals on a fake clock, with the work queue run by hand as the background loop would:
/// once per occurrence, never per poll, once after downtime, never for an instance that has ended.
/// </summary>
public abstract class WorkflowTimerTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : WorkSiteFixture
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private DateTime Now => Fixture.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_cron_start_timer_starts_one_instance_per_occurrence_and_none_while_the_loop_polls_in_between()
    {
        var type = new WorkflowTypeBuilder(UniqueId("daily"));
        await Site.SaveWorkflowTypeAsync(TimerType(type.WorkflowTypeId, "0 9 * * *"));
        var key = WorkflowTimers.StartKey(type.WorkflowTypeId, "timer");
        var first = (await RowAsync(key))!;
        Assert.Equal("0 9 * * *", first.Cron);
        Assert.Equal(new TimeSpan(9, 0, 0), LocalTimeOfDay(first.DueUtc));
        Assert.InRange(first.DueUtc, Now, Now.AddDays(1));

        AdvanceTo(first.DueUtc.AddMinutes(-1));
        await RunWorkAsync(times: 50);
        Assert.Empty(await Site.InstancesAsync(type.WorkflowTypeId));

        AdvanceTo(first.DueUtc);
        await RunWorkAsync(times: 50);
        var started = Assert.Single(await Site.InstancesAsync(type.WorkflowTypeId));
        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.Equal(Utc(first.DueUtc), started.Property("Occurrence"));

        var second = (await RowAsync(key))!;
        Assert.Equal(WorkStatus.Pending, second.Status);
        Assert.Equal(new TimeSpan(9, 0, 0), LocalTimeOfDay(second.DueUtc));
        Assert.InRange(second.DueUtc, Now.AddTicks(1), Now.AddDays(1));
        AdvanceTo(second.DueUtc);
        await RunWorkAsync(times: 50);
        var instances = await Site.InstancesAsync(type.WorkflowTypeId);
        Assert.Equal([Utc(first.DueUtc), Utc(second.DueUtc)], instances.Select(i => i.Property("Occurrence")));
    }

    [Fact]
    public async Task After_three_days_down_a_daily_timer_fires_once_and_then_at_its_next_occurrence()
    {
        var type = new WorkflowTypeBuilder(UniqueId("downtime"));
        await Site.SaveWorkflowTypeAsync(TimerType(type.WorkflowTypeId, "30 6 * * *"));
        var key = WorkflowTimers.StartKey(type.WorkflowTypeId, "timer");
        var due = (await RowAsync(key))!.DueUtc;

        AdvanceTo(due.AddDays(3).AddHours(2));
        await RunWorkAsync(times: 5);

        Assert.Single(await Site.InstancesAsync(type.WorkflowTypeId));
        var next = (await RowAsync(key))!;
        Assert.Equal(WorkStatus.Pending, next.Status);
        Assert.InRange(next.DueUtc, Now.AddTicks(1), Now.AddDays(1));
        Assert.Equal(new TimeSpan(6, 30, 0), LocalTimeOfDay(next.DueUtc));
    }

    [Fact]
    public async Task A_new_version_moves_the_timer_to_its_schedule_and_disabling_the_type_cancels_it()
    {
        var typeId = UniqueId("moved");
        await Site.SaveWorkflowTypeAsync(TimerType(typeId, "0 9 * * *"));
        var key = WorkflowTimers.StartKey(typeId, "timer");

        Assert.Equal(WorkflowTypeChange.NewVersion, (await Site.SaveWorkflowTypeAsync(TimerType(typeId, "15 7 * * *"))).Change);
        var rows = await StartRowsAsync(typeId);
        var moved = Assert.Single(rows);
        Assert.Equal(key, moved.Key);
        Assert.Equal("15 7 * * *", moved.Cron);
        Assert.Equal(new TimeSpan(7, 15, 0), LocalTimeOfDay(moved.DueUtc));

        var disabled = TimerType(typeId, "15 7 * * *");
        await Site.SaveWorkflowTypeAsync(new WorkflowTypeDraft { WorkflowTypeId = typeId, Name = disabled.Name, IsEnabled = false, Definition = disabled.Definition });
        Assert.Equal(WorkStatus.Cancelled, (await RowAsync(key))!.Status);
        AdvanceTo(Now.AddDays(3));
        await RunWorkAsync();
        Assert.Empty(await Site.InstancesAsync(typeId));

        // Enabled again, it waits for its next occurrence from now; it does not make up for the days it was off.
        await Site.SaveWorkflowTypeAsync(TimerType(typeId, "15 7 * * *"));
        var again = (await RowAsync(key))!;
        Assert.Equal(WorkStatus.Pending, again.Status);
        Assert.InRange(again.DueUtc, Now.AddTicks(1), Now.AddDays(1));
        await RunWorkAsync();
        Assert.Empty(await Site.InstancesAsync(typeId));
        Assert.Single(await StartRowsAsync(typeId));
    }

    [Fact]
    public async Task An_imported_Orchard_timer_type_schedules_one_row_and_importing_it_again_leaves_it_be()
    {
        var typeId = UniqueId("imported");
        var recipe = $$"""
            { "name": "timers", "steps": [ { "name": "WorkflowType", "data": [
              { "WorkflowTypeId": "{{typeId}}", "Name": "Weekly reminder", "IsEnabled": true, "IsSingleton": false, "LockTimeout": 0, "LockExpiration": 0, "DeleteFinishedWorkflows": false,
                "Activities": [
                  { "ActivityId": "timer", "Name": "TimerEvent", "X": 0, "Y": 0, "IsStart": true, "Properties": { "ActivityMetadata": { "Title": "Mondays at 8" }, "CronExpression": "0 8 * * 1" } },
                  { "ActivityId": "note", "Name": "SetPropertyTask", "X": 0, "Y": 100, "IsStart": false, "Properties": { "PropertyName": "Ran", "Value": { "Expression": "yes" } } } ],
                "Transitions": [ { "SourceActivityId": "timer", "SourceOutcomeName": "Done", "DestinationActivityId": "note" } ] } ] } ] }
            """;

        Assert.True((await Site.RunRecipeAsync(recipe)).Succeeded);
        var row = Assert.Single(await StartRowsAsync(typeId));
        Assert.Equal(DayOfWeek.Monday, TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(row.DueUtc, DateTimeKind.Utc), Copenhagen).DayOfWeek);
        Assert.Equal(new TimeSpan(8, 0, 0), LocalTimeOfDay(row.DueUtc));

        Assert.True((await Site.RunRecipeAsync(recipe)).Succeeded);
        var again = Assert.Single(await StartRowsAsync(typeId));
        Assert.Equal((row.Id, row.DueUtc, WorkStatus.Pending), (again.Id, again.DueUtc, again.Status));

        Site.Logs.ExpectContaining("failed at step");
        var broken = await Site.RunRecipeAsync(recipe.Replace("0 8 * * 1", "every monday", StringComparison.Ordinal));
        Assert.False(broken.Succeeded);
        Assert.Contains("CronExpression 'every monday' is not a cron expression", broken.Error, StringComparison.Ordinal);
        Assert.Equal("0 8 * * 1", Assert.Single(await StartRowsAsync(typeId)).Cron);
    }

    [Fact]
    public async Task A_singleton_timer_type_starts_no_second_instance_while_the_first_still_waits()
    {
        var type = new WorkflowTypeBuilder(UniqueId("single"));
        var closed = UniqueId("closed");
        await Site.SaveWorkflowTypeAsync(type
            .Start("timer", "TimerEvent", Cron("0 * * * *"))
            .Then("wait", "SignalEvent", Signal(closed))
            .Connect("timer", "Done", "wait")
            .Build(singleton: true));
        var key = WorkflowTimers.StartKey(type.WorkflowTypeId, "timer");

        AdvanceTo((await RowAsync(key))!.DueUtc);
        await RunWorkAsync();
        Assert.Equal(WorkflowStatus.Halted, Assert.Single(await Site.InstancesAsync(type.WorkflowTypeId)).Status);

        AdvanceTo((await RowAsync(key))!.DueUtc);
        await RunWorkAsync();
        Assert.Single(await Site.InstancesAsync(type.WorkflowTypeId));

        await Site.SignalAsync(closed, null);
        AdvanceTo((await RowAsync(key))!.DueUtc);
        await RunWorkAsync();
        Assert.Equal([WorkflowStatus.Finished, WorkflowStatus.Halted], (await Site.InstancesAsync(type.WorkflowTypeId)).Select(i => i.Status));
    }

    [Fact]
    public async Task A_timer_inside_a_workflow_halts_it_until_its_next_occurrence_and_not_a_second_longer_or_shorter()
    {
        var type = new WorkflowTypeBuilder(UniqueId("inner"));
        var start = UniqueId("start");
        await Site.SaveWorkflowTypeAsync(type
            .Start("start", "SignalEvent", Signal(start))
            .Then("timer", "TimerEvent", Cron("0 9 * * *"))
            .Then("decide", "SetPropertyTask", SetProperty("Decided", "yes"))
            .Connect("start", "Done", "timer")
            .Connect("timer", "Done", "decide")
            .Build());

        await Site.SignalAsync(start, "inner-1");
        var halted = await Site.InstanceAsync(type.WorkflowTypeId, "inner-1");
        Assert.Equal(WorkflowStatus.Halted, halted.Status);
        var row = (await RowAsync(WorkflowTimers.ResumeKey(halted.WorkflowId, "timer", 1)))!;
        Assert.Equal(new TimeSpan(9, 0, 0), LocalTimeOfDay(row.DueUtc));
        Assert.InRange(row.DueUtc, Now.AddTicks(1), Now.AddDays(1));

        AdvanceTo(row.DueUtc.AddSeconds(-1));
        await RunWorkAsync(times: 50);
        Assert.Equal(WorkflowStatus.Halted, (await Site.InstanceAsync(type.WorkflowTypeId, "inner-1")).Status);

        AdvanceTo(row.DueUtc);
        await RunWorkAsync();
        var done = await Site.InstanceAsync(type.WorkflowTypeId, "inner-1");
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(["start:Done", "timer:halted", "timer:Done", "decide:Done"], await Site.JournalAsync(done.WorkflowId));
        Assert.Equal(WorkStatus.Done, (await RowAsync(row.Key))!.Status);
    }

    [Fact]
    public async Task A_wait_until_resumes_at_the_moment_its_expression_computes_in_Danish_time()
    {
        var type = new WorkflowTypeBuilder(UniqueId("until"));
        var start = UniqueId("start");
        await Site.SaveWorkflowTypeAsync(WaitUntilType(type, start, WaitUntil("{{ Input.MeetingDate }}", "-P1D")));
        var meeting = TimeZoneInfo.ConvertTimeFromUtc(Now, Copenhagen).Date.AddDays(10).AddHours(10);
        var expected = TimeZoneInfo.ConvertTimeToUtc(meeting.AddDays(-1), Copenhagen);

        await Site.SignalAsync(start, "meeting-12", new JsonObject { ["MeetingDate"] = meeting.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) });
        var halted = await Site.InstanceAsync(type.WorkflowTypeId, "meeting-12");
        Assert.Equal(WorkflowStatus.Halted, halted.Status);
        Assert.Equal(expected, (await RowAsync(WorkflowTimers.ResumeKey(halted.WorkflowId, "wait", 1)))!.DueUtc, TimeSpan.FromMilliseconds(1));

        // An event that merely bears its name does not end the wait.
        var early = await Site.WithScopeAsync(sp => sp.GetRequiredService<WorkflowManager>().TriggerAndSaveAsync(new WorkflowEvent("WaitUntilTask", null, "meeting-12")));
        Assert.Empty(early.Resumed);

        AdvanceTo(expected.AddMinutes(-1));
        await RunWorkAsync(times: 50);
        Assert.Equal(WorkflowStatus.Halted, (await Site.InstanceAsync(type.WorkflowTypeId, "meeting-12")).Status);

        AdvanceTo(expected);
        await RunWorkAsync();
        var done = await Site.InstanceAsync(type.WorkflowTypeId, "meeting-12");
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(["start:Done", "wait:halted", "wait:Done", "decide:Done"], await Site.JournalAsync(done.WorkflowId));
    }

    [Fact]
    public async Task A_wait_until_whose_date_is_empty_or_not_a_date_faults_saying_what_it_got()
    {
        var type = new WorkflowTypeBuilder(UniqueId("baddate"));
        var start = UniqueId("start");
        await Site.SaveWorkflowTypeAsync(WaitUntilType(type, start, WaitUntil("{{ Input.MeetingDate }}", null)));
        Site.Logs.ExpectContaining("faulted in activity wait");

        await Site.SignalAsync(start, "bad-1", new JsonObject { ["MeetingDate"] = "next Tuesday" });
        await Site.SignalAsync(start, "bad-2");

        var notADate = await Site.InstanceAsync(type.WorkflowTypeId, "bad-1");
        Assert.Equal(WorkflowStatus.Faulted, notADate.Status);
        Assert.Equal("wait", notADate.FaultedActivityId);
        Assert.Contains("'next Tuesday' (from '{{ Input.MeetingDate }}') is not a date and time", notADate.Error, StringComparison.Ordinal);
        var empty = await Site.InstanceAsync(type.WorkflowTypeId, "bad-2");
        Assert.Equal(WorkflowStatus.Faulted, empty.Status);
        Assert.Contains("the date '{{ Input.MeetingDate }}' gave nothing", empty.Error, StringComparison.Ordinal);
        Assert.Null(await RowAsync(WorkflowTimers.ResumeKey(notADate.WorkflowId, "wait", 1)));
    }

    [Fact]
    public async Task A_timer_row_of_a_finished_instance_run_again_does_nothing()
    {
        var type = new WorkflowTypeBuilder(UniqueId("again"));
        var start = UniqueId("start");
        await Site.SaveWorkflowTypeAsync(WaitUntilType(type, start, WaitUntil(null, "PT2H")));
        await Site.SignalAsync(start, "again-1");
        var halted = await Site.InstanceAsync(type.WorkflowTypeId, "again-1");
        var key = WorkflowTimers.ResumeKey(halted.WorkflowId, "wait", 1);
        Assert.Equal(Now.AddHours(2), (await RowAsync(key))!.DueUtc, TimeSpan.FromMilliseconds(1));

        Fixture.Clock.Advance(TimeSpan.FromHours(2));
        await RunWorkAsync();
        var journal = await Site.JournalAsync(halted.WorkflowId);
        Assert.Equal(["start:Done", "wait:halted", "wait:Done", "decide:Done"], journal);

        // Someone makes the row run again (as the queue would after a crash between the run and its save).
        await Site.WithScopeAsync(async s =>
        {
            Assert.True(await s.GetRequiredService<IWorkQueue>().RetryNowAsync(key));
            return await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        });
        await RunWorkAsync();

        Assert.Equal(journal, await Site.JournalAsync(halted.WorkflowId));
        Assert.Equal(WorkflowStatus.Finished, (await Site.InstanceAsync(type.WorkflowTypeId, "again-1")).Status);
        Assert.Equal(WorkStatus.Done, (await RowAsync(key))!.Status);
    }

    [Fact]
    public async Task Aborting_an_instance_cancels_its_pending_timer()
    {
        var type = new WorkflowTypeBuilder(UniqueId("abort"));
        var start = UniqueId("start");
        await Site.SaveWorkflowTypeAsync(WaitUntilType(type, start, WaitUntil(null, "PT1H")));
        await Site.SignalAsync(start, "abort-1");
        var halted = await Site.InstanceAsync(type.WorkflowTypeId, "abort-1");

        Assert.True(await Site.WithScopeAsync(async s =>
        {
            var aborted = await s.GetRequiredService<WorkflowManager>().AbortAsync(halted.WorkflowId);
            await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            return aborted;
        }));
        Assert.Equal(WorkStatus.Cancelled, (await RowAsync(WorkflowTimers.ResumeKey(halted.WorkflowId, "wait", 1)))!.Status);

        Fixture.Clock.Advance(TimeSpan.FromHours(2));
        await RunWorkAsync();
        Assert.Equal(WorkflowStatus.Aborted, (await Site.InstanceAsync(type.WorkflowTypeId, "abort-1")).Status);
        // The last line is the abort itself, which has no activity; the timer ran nothing after it.
        Assert.Equal(["start:Done", "wait:halted", ":"], await Site.JournalAsync(halted.WorkflowId));
        Assert.Empty(await Site.BlockingAsync(halted.WorkflowId));
    }

    [Fact]
    public async Task A_signal_sent_twice_with_the_same_id_is_delivered_once_and_only_once_its_change_is_saved()
    {
        var type = new WorkflowTypeBuilder(UniqueId("signal"));
        var start = UniqueId("start");
        var concluded = UniqueId("meeting concluded");
        await Site.SaveWorkflowTypeAsync(type
            .Start("start", "SignalEvent", Signal(start))
            .Then("wait", "SignalEvent", Signal(concluded))
            .Then("decide", "SetPropertyTask", SetProperty("Decided", "{{ Input.By }}"))
            .Connect("start", "Done", "wait")
            .Connect("wait", "Done", "decide")
            .Build());
        await Site.SignalAsync(start, "meeting-9");

        await SendSignalAsync(concluded, "meeting-9", "rolled back", "conclusion-0", rollBack: true);
        Assert.Null(await RowAsync($"{WorkflowSignals.WorkKind}:{concluded}:conclusion-0"));
        Assert.True(await SendSignalAsync(concluded, "meeting-9", "first", "conclusion-1"));
        Assert.False(await SendSignalAsync(concluded, "meeting-9", "second", "conclusion-1"));
        // Queued, not yet delivered: the request that sent it did not run the workflow.
        Assert.Equal(WorkflowStatus.Halted, (await Site.InstanceAsync(type.WorkflowTypeId, "meeting-9")).Status);

        await RunWorkAsync(times: 3);
        var done = await Site.InstanceAsync(type.WorkflowTypeId, "meeting-9");
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal("first", done.Property("Decided"));
        Assert.Single(await Site.JournalAsync(done.WorkflowId), "decide:Done");
    }

    [Fact]
    public async Task A_queued_signal_delivered_again_starts_nothing_a_second_time()
    {
        var type = new WorkflowTypeBuilder(UniqueId("signalstart"));
        var submitted = UniqueId("submitted");
        await Site.SaveWorkflowTypeAsync(type
            .Start("start", "SignalEvent", Signal(submitted))
            .Then("note", "SetPropertyTask", SetProperty("Seen", "yes"))
            .Connect("start", "Done", "note")
            .Build());

        Assert.True(await SendSignalAsync(submitted, "application-4", "citizen", "application-4-submitted"));
        await RunWorkAsync();
        Assert.Single(await Site.InstancesAsync(type.WorkflowTypeId));

        var key = $"{WorkflowSignals.WorkKind}:{submitted}:application-4-submitted";
        await Site.WithScopeAsync(async s =>
        {
            Assert.True(await s.GetRequiredService<IWorkQueue>().RetryNowAsync(key));
            return await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        });
        await RunWorkAsync();
        Assert.Single(await Site.InstancesAsync(type.WorkflowTypeId));
        Assert.Contains(Site.Logs.All, e => e.Message.Contains("was handled before", StringComparison.Ordinal) && e.Message.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_runners_racing_on_the_same_due_timers_resume_each_instance_once()
    {
        var type = new WorkflowTypeBuilder(UniqueId("race"));
        var start = UniqueId("start");
        await Site.SaveWorkflowTypeAsync(WaitUntilType(type, start, WaitUntil(null, "PT1H")));
        var correlations = Enumerable.Range(0, 20).Select(i => $"race-{i}").ToList();
        foreach (var correlation in correlations)
        {
            await Site.SignalAsync(start, correlation);
        }

        Fixture.Clock.Advance(TimeSpan.FromHours(1));
        var other = ActivatorUtilities.CreateInstance<WorkRunner>(Site.Services);
        await Task.WhenAll(Task.Run(() => Fixture.Runner.RunDueWorkAsync()), Task.Run(() => other.RunDueWorkAsync()));

        var instances = await Site.InstancesAsync(type.WorkflowTypeId);
        Assert.Equal(correlations.Count, instances.Count);
        foreach (var instance in instances)
        {
            Assert.Equal(WorkflowStatus.Finished, instance.Status);
            Assert.Single(await Site.JournalAsync(instance.WorkflowId), "decide:Done");
        }
    }

    [Fact]
    public async Task A_row_whose_save_loses_a_race_on_the_workflow_it_changes_runs_again_at_once_on_fresh_data()
    {
        var typeId = UniqueId("conflict");
        await Site.SaveWorkflowTypeAsync(TimerType(typeId, "0 9 * * *"));
        var key = $"test:conflict:{typeId}";
        await Site.WithScopeAsync(async s =>
        {
            await s.GetRequiredService<IWorkQueue>().EnqueueAsync(ConflictingWorkHandler.WorkKind, key, typeId);
            return await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        });

        await Fixture.Runner.RunDueWorkAsync();

        Assert.Equal(2, Fixture.Probe.RunsOf(key));
        var row = (await RowAsync(key))!;
        Assert.Equal((WorkStatus.Done, 0, (string?)null), (row.Status, row.Attempts, row.LeaseOwner));
        var name = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowType>().Where(t => t.WorkflowTypeId == typeId).Select(t => t.Name).SingleAsync());
        Assert.Equal("run 2", name);
    }

    private static JsonObject Cron(string expression) => new() { ["CronExpression"] = expression };

    /// <summary>Settings of a wait-until; a null one is left out.</summary>
    private static JsonObject WaitUntil(string? date, string? offset) => new()
    {
        ["Date"] = date is null ? null : new JsonObject { ["Expression"] = date },
        ["Offset"] = offset is null ? null : new JsonObject { ["Expression"] = offset },
    };

    /// <summary>timer (start) → note the occurrence it started for.</summary>
    private static WorkflowTypeDraft TimerType(string typeId, string cron) =>
        new WorkflowTypeBuilder(typeId)
            .Start("timer", "TimerEvent", Cron(cron))
            .Then("note", "SetPropertyTask", SetProperty("Occurrence", "{{ Input.TimerOccurrenceUtc }}"))
            .Connect("timer", "Done", "note")
            .Build();

    /// <summary>start (signal) → wait (wait until) → decide.</summary>
    private static WorkflowTypeDraft WaitUntilType(WorkflowTypeBuilder type, string start, JsonObject wait) => type
        .Start("start", "SignalEvent", Signal(start))
        .Then("wait", "WaitUntilTask", wait)
        .Then("decide", "SetPropertyTask", SetProperty("Decided", "yes"))
        .Connect("start", "Done", "wait")
        .Connect("wait", "Done", "decide")
        .Build();

    private static TimeSpan LocalTimeOfDay(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Copenhagen).TimeOfDay;

    private static string Utc(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>Moves the clock on to <paramref name="utc"/> (a fake clock never goes back).</summary>
    private void AdvanceTo(DateTime utc)
    {
        var by = DateTime.SpecifyKind(utc, DateTimeKind.Utc) - Now;
        if (by > TimeSpan.Zero)
        {
            Fixture.Clock.Advance(by);
        }
    }

    [Fact]
    public async Task Disabling_enabling_and_deleting_a_type_in_the_admin_withdraws_and_brings_back_its_start_timer()
    {
        var typeId = UniqueId("admin");
        await Site.SaveWorkflowTypeAsync(TimerType(typeId, "0 9 * * *"));
        var key = WorkflowTimers.StartKey(typeId, "timer");
        await Client.LoginAsAdminAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/workflows", $"/admin/workflows/{typeId}/enable", [new("enabled", "false")])).StatusCode);
        Assert.Equal(WorkStatus.Cancelled, (await RowAsync(key))!.Status);

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/workflows", $"/admin/workflows/{typeId}/enable", [new("enabled", "true")])).StatusCode);
        Assert.Equal(WorkStatus.Pending, (await RowAsync(key))!.Status);

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync($"/admin/workflows/{typeId}/delete", $"/admin/workflows/{typeId}/delete", [])).StatusCode);
        Assert.Equal(WorkStatus.Cancelled, (await RowAsync(key))!.Status);
        AdvanceTo(Now.AddDays(2));
        await RunWorkAsync();
        Assert.Empty(await Site.InstancesAsync(typeId));
    }

    private async Task RunWorkAsync(int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            await Fixture.Runner.RunDueWorkAsync();
        }
    }

    private Task<WorkItem?> RowAsync(string key) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkItem>().AsNoTracking().FirstOrDefaultAsync(w => w.Key == key));

    private Task<List<WorkItem>> StartRowsAsync(string typeId) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkItem>().AsNoTracking()
            .Where(w => w.Kind == WorkflowTimers.StartKind && w.Key.StartsWith(WorkflowTimers.StartKey(typeId, ""))).ToListAsync());

    /// <summary>Sends a signal as a request would, in its unit of work; <paramref name="rollBack"/> rolls that back.</summary>
    private Task<bool> SendSignalAsync(string name, string correlationId, string by, string signalId, bool rollBack = false) =>
        Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<LtkDbContext>();
            await using var unit = await db.BeginUnitOfWorkAsync();
            var queued = await s.GetRequiredService<IWorkflowSignals>().SendAsync(name, correlationId, new JsonObject { ["By"] = by }, signalId);
            await db.SaveChangesAsync();
            if (rollBack)
            {
                await unit.RollbackAsync();
            }
            else
            {
                await unit.CommitAsync();
            }

            return queued;
        });
}
