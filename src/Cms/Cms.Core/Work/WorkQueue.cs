using System.Text.Json;
using Cms.Core.Data;
using Cms.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Cms.Core.Work;

/// <summary>The scoped <see cref="IWorkQueue"/>: rows go into the caller's context; a commit that queued due work wakes the loop.</summary>
public sealed class WorkQueue(LtkDbContext db, TimeProvider clock, SiteTimeZone siteTime, WorkSignal signal) : IWorkQueue
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<bool> EnqueueAsync(string kind, string key, object? payload = null, DateTime? dueUtc = null, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(key, cancellationToken) is not null)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Add(kind, key, payload, dueUtc is { } due ? DateTime.SpecifyKind(due, DateTimeKind.Utc) : now, cron: null, now);
        return true;
    }

    public async Task<bool> ScheduleRecurringAsync(string kind, string key, string cron, object? payload = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var next = CronSchedule.Next(cron, now, siteTime.Zone)
            ?? throw new ArgumentException($"The cron expression '{cron}' never occurs again.", nameof(cron));
        if (await FindAsync(key, cancellationToken) is { } existing)
        {
            if (string.Equals(existing.Cron, cron, StringComparison.Ordinal) && existing.Status == WorkStatus.Pending)
            {
                return false;
            }

            existing.Cron = cron;
            existing.DueUtc = next;
            existing.Status = WorkStatus.Pending;
            existing.Attempts = 0;
            existing.LastError = null;
            return true;
        }

        Add(kind, key, payload, next, cron, now);
        return true;
    }

    public async Task<bool> RetryNowAsync(string key, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(key, cancellationToken) is not { } item)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        item.Status = WorkStatus.Pending;
        item.Attempts = 0;
        item.LastError = null;
        item.DueUtc = now;
        item.LeaseOwner = null;
        item.LeaseUntilUtc = null;
        WakeAfterCommit();
        return true;
    }

    public async Task<bool> CancelAsync(string key, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(key, cancellationToken) is not { Status: WorkStatus.Pending } item)
        {
            return false;
        }

        item.Status = WorkStatus.Cancelled;
        item.CompletedUtc = clock.GetUtcNow().UtcDateTime;
        return true;
    }

    private void Add(string kind, string key, object? payload, DateTime dueUtc, string? cron, DateTime now)
    {
        db.Set<WorkItem>().Add(new WorkItem
        {
            Kind = kind,
            Key = key,
            PayloadJson = payload is null ? null : JsonSerializer.Serialize(payload, payload.GetType(), Json),
            DueUtc = dueUtc,
            Cron = cron,
            Status = WorkStatus.Pending,
            CreatedUtc = now,
        });
        if (dueUtc <= now)
        {
            WakeAfterCommit();
        }
    }

    /// <summary>The row with the key: one added in this unit of work, else the stored one.</summary>
    private async Task<WorkItem?> FindAsync(string key, CancellationToken cancellationToken) =>
        db.Set<WorkItem>().Local.FirstOrDefault(w => w.Key == key)
        ?? await db.Set<WorkItem>().FirstOrDefaultAsync(w => w.Key == key, cancellationToken);

    private void WakeAfterCommit() => db.AfterCommit.Add("wake the work loop", _ =>
    {
        signal.Wake();
        return Task.CompletedTask;
    });
}
