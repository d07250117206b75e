using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Work;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class WorkQueueTests_Sqlite(SqliteWorkSiteFixture fixture) : WorkQueueTests<SqliteWorkSiteFixture>(fixture), IClassFixture<SqliteWorkSiteFixture>;

public sealed class WorkQueueTests_Postgres(PostgresWorkSiteFixture fixture) : WorkQueueTests<PostgresWorkSiteFixture>(fixture), IClassFixture<PostgresWorkSiteFixture>;

/// <summary>The durable work queue: queued with the caller's change or not at all, once per key, once per row across nodes.</summary>
public abstract class WorkQueueTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : WorkSiteFixture
{
    private static string NewKey(string what) => $"test:{what}:{Guid.NewGuid():N}";

    private Task<WorkItem?> RowAsync(string key) =>
        Site.WithScopeAsync(services => services.GetRequiredService<LtkDbContext>().Set<WorkItem>().AsNoTracking().FirstOrDefaultAsync(w => w.Key == key));

    private Task<int> EnqueueAsync(string key, object? payload = null, DateTime? due = null) =>
        Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IWorkQueue>().EnqueueAsync(ProbeWorkHandler.WorkKind, key, payload, due);
            return await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        });

    [Fact]
    public async Task Work_queued_in_a_unit_of_work_that_rolls_back_is_not_queued()
    {
        var key = NewKey("rollback");
        await Site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LtkDbContext>();
            await using var unit = await db.BeginUnitOfWorkAsync();
            Assert.True(await services.GetRequiredService<IWorkQueue>().EnqueueAsync(ProbeWorkHandler.WorkKind, key));
            await db.SaveChangesAsync();
            await unit.RollbackAsync();
            return true;
        });

        Assert.Null(await RowAsync(key));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(0, Fixture.Probe.RunsOf(key));
    }

    [Fact]
    public async Task The_same_key_queued_twice_is_one_row_and_runs_once()
    {
        var key = NewKey("twice");
        var second = await Site.WithScopeAsync(async services =>
        {
            var queue = services.GetRequiredService<IWorkQueue>();
            Assert.True(await queue.EnqueueAsync(ProbeWorkHandler.WorkKind, key));
            var again = await queue.EnqueueAsync(ProbeWorkHandler.WorkKind, key);
            await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            return again;
        });
        Assert.False(second);
        var later = await Site.WithScopeAsync(services => services.GetRequiredService<IWorkQueue>().EnqueueAsync(ProbeWorkHandler.WorkKind, key));
        Assert.False(later);

        Assert.Equal(1, await Site.WithScopeAsync(services => services.GetRequiredService<LtkDbContext>().Set<WorkItem>().CountAsync(w => w.Key == key)));
        await Fixture.Runner.RunDueWorkAsync();
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(1, Fixture.Probe.RunsOf(key));
        Assert.Equal(WorkStatus.Done, (await RowAsync(key))!.Status);
    }

    [Fact]
    public async Task Two_requests_queuing_the_same_new_key_at_once_both_save_their_changes_and_store_one_row()
    {
        var key = NewKey("same");
        var otherKey = NewKey("other");
        var marker = Guid.NewGuid().ToString("N");
        await using var first = Site.Services.CreateAsyncScope();
        await using var second = Site.Services.CreateAsyncScope();
        // Both read "not queued" before either has saved: the moment two requests race on one key.
        Assert.True(await first.ServiceProvider.GetRequiredService<IWorkQueue>().EnqueueAsync(ProbeWorkHandler.WorkKind, key));
        var queue = second.ServiceProvider.GetRequiredService<IWorkQueue>();
        Assert.True(await queue.EnqueueAsync(ProbeWorkHandler.WorkKind, key));
        await queue.EnqueueAsync(ProbeWorkHandler.WorkKind, otherKey);
        var db = second.ServiceProvider.GetRequiredService<LtkDbContext>();
        db.AuditTrailEvents.Add(new AuditTrailEvent { CreatedUtc = Fixture.Clock.GetUtcNow().UtcDateTime, Category = "test", EventName = "raced", ObjectId = marker });

        await first.ServiceProvider.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        await db.SaveChangesAsync();

        Assert.Equal(1, await CountAsync(key));
        Assert.Equal(1, await CountAsync(otherKey));
        Assert.True(await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().AuditTrailEvents.AnyAsync(a => a.ObjectId == marker)));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(1, Fixture.Probe.RunsOf(key));
        Assert.Equal(1, Fixture.Probe.RunsOf(otherKey));
    }

    [Fact]
    public async Task A_key_queued_by_another_request_meanwhile_leaves_a_unit_of_work_that_queued_it_too_to_commit()
    {
        var key = NewKey("unit");
        var marker = Guid.NewGuid().ToString("N");
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LtkDbContext>();
        Assert.True(await scope.ServiceProvider.GetRequiredService<IWorkQueue>().EnqueueAsync(ProbeWorkHandler.WorkKind, key));
        await EnqueueAsync(key);

        await using (var unit = await db.BeginUnitOfWorkAsync())
        {
            db.AuditTrailEvents.Add(new AuditTrailEvent { CreatedUtc = Fixture.Clock.GetUtcNow().UtcDateTime, Category = "test", EventName = "raced", ObjectId = marker });
            await db.SaveChangesAsync();
            await unit.CommitAsync();
        }

        Assert.Equal(1, await CountAsync(key));
        Assert.True(await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().AuditTrailEvents.AnyAsync(a => a.ObjectId == marker)));
    }

    [Fact]
    public async Task Many_requests_queuing_one_key_at_the_same_moment_all_succeed_and_store_one_row()
    {
        var key = NewKey("many");
        var saves = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => EnqueueAsync(key))));

        Assert.Equal(1, saves.Sum());
        Assert.Equal(1, await CountAsync(key));
    }

    private Task<int> CountAsync(string key) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkItem>().CountAsync(w => w.Key == key));

    [Fact]
    public async Task Two_nodes_claiming_the_same_due_rows_at_once_run_each_row_once()
    {
        var keys = Enumerable.Range(0, 30).Select(i => NewKey("race" + i)).ToList();
        await Site.WithScopeAsync(async services =>
        {
            var queue = services.GetRequiredService<IWorkQueue>();
            foreach (var key in keys)
            {
                await queue.EnqueueAsync(ProbeWorkHandler.WorkKind, key);
            }

            return await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        });

        var other = ActivatorUtilities.CreateInstance<WorkRunner>(Site.Services);
        Assert.NotEqual(Fixture.Runner.Owner, other.Owner);
        var counts = await Task.WhenAll(Task.Run(() => Fixture.Runner.RunDueWorkAsync()), Task.Run(() => other.RunDueWorkAsync()));

        Assert.All(keys, key => Assert.Equal(1, Fixture.Probe.RunsOf(key)));
        Assert.True(counts.Sum() >= keys.Count);
        foreach (var key in keys)
        {
            Assert.Equal(WorkStatus.Done, (await RowAsync(key))!.Status);
        }
    }

    [Fact]
    public async Task A_row_whose_node_died_is_taken_over_by_another_node_when_the_lease_expires()
    {
        var key = NewKey("lease");
        await EnqueueAsync(key);
        var dead = ActivatorUtilities.CreateInstance<WorkRunner>(Site.Services);
        // The node claims the row and dies before running it.
        Assert.Contains((await RowAsync(key))!.Id, await dead.ClaimDueAsync());
        Assert.Equal(dead.Owner, (await RowAsync(key))!.LeaseOwner);

        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(0, Fixture.Probe.RunsOf(key));

        Fixture.Clock.Advance(new WorkOptions().LeaseDuration + TimeSpan.FromSeconds(1));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(1, Fixture.Probe.RunsOf(key));
        var row = (await RowAsync(key))!;
        Assert.Equal(WorkStatus.Done, row.Status);
        Assert.Null(row.LeaseOwner);
    }

    [Fact]
    public async Task A_recurring_job_runs_once_after_downtime_and_then_at_its_next_occurrence()
    {
        var key = NewKey("cron");
        await Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IWorkQueue>().ScheduleRecurringAsync(ProbeWorkHandler.WorkKind, key, "*/5 * * * *");
            return await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        });
        var first = (await RowAsync(key))!;
        Assert.InRange(first.DueUtc, Fixture.Clock.GetUtcNow().UtcDateTime, Fixture.Clock.GetUtcNow().UtcDateTime.AddMinutes(5));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(0, Fixture.Probe.RunsOf(key));

        // Three hours down: 36 occurrences missed, one run.
        Fixture.Clock.Advance(TimeSpan.FromHours(3));
        await Fixture.Runner.RunDueWorkAsync();
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(1, Fixture.Probe.RunsOf(key));
        var next = (await RowAsync(key))!;
        Assert.Equal(WorkStatus.Pending, next.Status);
        var now = Fixture.Clock.GetUtcNow().UtcDateTime;
        Assert.InRange(next.DueUtc, now.AddTicks(1), now.AddMinutes(5));

        Fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(2, Fixture.Probe.RunsOf(key));
    }

    [Fact]
    public async Task Failing_work_is_retried_with_growing_pauses_and_marked_failed_with_its_error_after_the_last_attempt()
    {
        var key = NewKey("fail");
        await EnqueueAsync(key, new ProbePayload(Fail: true));

        await Fixture.Runner.RunDueWorkAsync();
        var afterFirst = (await RowAsync(key))!;
        Assert.Equal(WorkStatus.Pending, afterFirst.Status);
        Assert.Equal(1, afterFirst.Attempts);
        Assert.Contains("The probe was told to fail.", afterFirst.LastError, StringComparison.Ordinal);
        Assert.Equal(Fixture.Clock.GetUtcNow().UtcDateTime.AddSeconds(30), afterFirst.DueUtc);

        // Not due before its pause is over.
        Fixture.Clock.Advance(TimeSpan.FromSeconds(29));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(1, Fixture.Probe.RunsOf(key));

        Fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        await Fixture.Runner.RunDueWorkAsync();
        var afterSecond = (await RowAsync(key))!;
        Assert.Equal(2, afterSecond.Attempts);
        Assert.Equal(Fixture.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), afterSecond.DueUtc);

        Fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await Fixture.Runner.RunDueWorkAsync();
        var failed = (await RowAsync(key))!;
        Assert.Equal(WorkStatus.Failed, failed.Status);
        Assert.Equal(3, failed.Attempts);

        Fixture.Clock.Advance(TimeSpan.FromHours(2));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(3, Fixture.Probe.RunsOf(key));
        Site.Logs.Expect(e => e.Category == typeof(WorkRunner).FullName);
    }

    [Fact]
    public async Task Done_and_cancelled_rows_older_than_thirty_days_are_deleted_at_night_in_batches_and_failed_pending_and_young_rows_stay()
    {
        var clock = Fixture.Clock;
        var oldDone = Enumerable.Range(1, 3).Select(i => NewKey("old-done-" + i)).ToList();
        foreach (var key in oldDone)
        {
            await EnqueueAsync(key);
        }

        var failed = NewKey("old-failed");
        await EnqueueAsync(failed, new ProbePayload(true));
        var cancelled = NewKey("old-cancelled");
        var waiting = NewKey("far-future");
        await EnqueueAsync(cancelled, due: clock.GetUtcNow().UtcDateTime.AddDays(90));
        await EnqueueAsync(waiting, due: clock.GetUtcNow().UtcDateTime.AddDays(90));
        Assert.True(await Site.WithScopeAsync(async services =>
        {
            var withdrawn = await services.GetRequiredService<IWorkQueue>().CancelAsync(cancelled);
            await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            return withdrawn;
        }));
        // Three attempts with their pauses, and the failing row gives up.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Fixture.Runner.RunDueWorkAsync();
            clock.Advance(TimeSpan.FromMinutes(2));
        }

        Site.Logs.Expect(e => e.Category == typeof(WorkRunner).FullName);
        Assert.All(oldDone, key => Assert.Equal(1, Fixture.Probe.RunsOf(key)));
        Assert.Equal(WorkStatus.Failed, (await RowAsync(failed))!.Status);

        clock.Advance(TimeSpan.FromDays(20));
        var young = NewKey("young-done");
        await EnqueueAsync(young);
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(WorkStatus.Done, (await RowAsync(young))!.Status);

        clock.Advance(TimeSpan.FromDays(11));
        var cleanupDue = DateTime.SpecifyKind((await RowAsync(WorkCleanupSchedule.Key))!.DueUtc, DateTimeKind.Utc);
        if (cleanupDue > clock.GetUtcNow().UtcDateTime)
        {
            clock.Advance(cleanupDue - clock.GetUtcNow().UtcDateTime);
        }

        await Fixture.Runner.RunDueWorkAsync();

        // The site deletes two rows per statement (WorkSiteFixture): four old rows take more than one batch.
        foreach (var gone in oldDone.Append(cancelled))
        {
            Assert.Null(await RowAsync(gone));
        }

        Assert.Equal(WorkStatus.Failed, (await RowAsync(failed))!.Status);
        Assert.Equal(WorkStatus.Pending, (await RowAsync(waiting))!.Status);
        Assert.Equal(WorkStatus.Done, (await RowAsync(young))!.Status);
        var cleanup = (await RowAsync(WorkCleanupSchedule.Key))!;
        Assert.Equal((WorkStatus.Pending, "45 3 * * *"), (cleanup.Status, cleanup.Cron));
        Assert.True(cleanup.DueUtc > clock.GetUtcNow().UtcDateTime);
    }
}
