using Cms.Core.Data;
using Cms.Core.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cms.Core.Work;

/// <summary>
/// Claims due rows of the work queue and runs their handlers. A claim takes a batch of due rows whose lease is free or expired
/// and leases them to this runner in one short write (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>, so nodes claiming at once
/// take different rows; SQLite: one write transaction, which SQLite serialises), so with several nodes each row is run by
/// one of them; a node that dies keeps its rows only until the lease expires. The background loop calls
/// <see cref="RunDueWorkAsync"/>; tests call it directly.
/// </summary>
public sealed partial class WorkRunner
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly SiteTimeZone _siteTime;
    private readonly DatabaseOptions _database;
    private readonly WorkOptions _options;
    private readonly ILogger<WorkRunner> _logger;

    public WorkRunner(IServiceScopeFactory scopes, TimeProvider clock, SiteTimeZone siteTime, DatabaseOptions database, IOptions<WorkOptions> options, ILogger<WorkRunner> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _siteTime = siteTime;
        _database = database;
        _options = options.Value;
        _logger = logger;
        // Unique per runner, so a restarted node does not mistake its predecessor's leases for its own.
        var node = _options.NodeName ?? Environment.MachineName;
        Owner = $"{(node.Length > 60 ? node[..60] : node)}/{Guid.NewGuid():N}";
    }

    /// <summary>The name this runner's leases carry.</summary>
    public string Owner { get; }

    /// <summary>Runs every row that is due now, batch by batch, and returns how many it ran.</summary>
    public async Task<int> RunDueWorkAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        // A handler may queue more due work; a bounded number of passes keeps one call from running forever.
        for (var pass = 0; pass < 50; pass++)
        {
            var claimed = await ClaimDueAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                break;
            }

            foreach (var id in claimed)
            {
                await RunAsync(id, cancellationToken);
                total++;
            }
        }

        return total;
    }

    /// <summary>Leases up to a batch of due rows to this runner and returns their ids (it does not run them).</summary>
    public async Task<IReadOnlyList<long>> ClaimDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LtkDbContext>();
        var now = _clock.GetUtcNow().UtcDateTime;
        var until = now + _options.LeaseDuration;
        await using var unit = await db.BeginUnitOfWorkAsync(cancellationToken);
        List<long> ids;
        if (_database.Provider == DatabaseProvider.Postgres)
        {
            var pending = nameof(WorkStatus.Pending);
            ids = await db.Database.SqlQuery<long>($"""
                SELECT "Id" AS "Value" FROM "WorkItems"
                WHERE "Status" = {pending} AND "DueUtc" <= {now} AND ("LeaseUntilUtc" IS NULL OR "LeaseUntilUtc" <= {now})
                ORDER BY "DueUtc", "Id" LIMIT {_options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
        }
        else
        {
            ids = await Due(db, now).OrderBy(w => w.DueUtc).ThenBy(w => w.Id).Select(w => w.Id).Take(_options.BatchSize).ToListAsync(cancellationToken);
        }

        if (ids.Count > 0)
        {
            // The due conditions again: on SQLite this write is what serialises two claimers, and the second must skip what the first took.
            var taken = await Due(db, now).Where(w => ids.Contains(w.Id)).ExecuteUpdateAsync(
                s => s.SetProperty(w => w.LeaseOwner, Owner).SetProperty(w => w.LeaseUntilUtc, until).SetProperty(w => w.Attempts, w => w.Attempts + 1),
                cancellationToken);
            if (taken != ids.Count)
            {
                ids = await db.Set<WorkItem>().Where(w => ids.Contains(w.Id) && w.LeaseOwner == Owner && w.LeaseUntilUtc == until).Select(w => w.Id).ToListAsync(cancellationToken);
            }
        }

        await unit.CommitAsync(cancellationToken);
        return ids;
    }

    private static IQueryable<WorkItem> Due(LtkDbContext db, DateTime now) =>
        db.Set<WorkItem>().Where(w => w.Status == WorkStatus.Pending && w.DueUtc <= now && (w.LeaseUntilUtc == null || w.LeaseUntilUtc <= now));

    private async Task RunAsync(long id, CancellationToken cancellationToken)
    {
        WorkContext work;
        IWorkHandler? handler;
        await using (var scope = _scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LtkDbContext>();
            var item = await db.Set<WorkItem>().FirstOrDefaultAsync(w => w.Id == id && w.LeaseOwner == Owner, cancellationToken);
            if (item is null)
            {
                return;
            }

            work = new WorkContext(item.Id, item.Kind, item.Key, item.PayloadJson, item.Attempts, item.DueUtc);
            handler = scope.ServiceProvider.GetServices<IWorkHandler>().FirstOrDefault(h => h.Kind == item.Kind);
            if (handler is not null)
            {
                try
                {
                    var result = await handler.HandleAsync(work, cancellationToken);
                    Complete(item, result);
                    await db.SaveChangesAsync(cancellationToken);
                    return;
                }
                catch (DbUpdateConcurrencyException ex) when (!ex.Entries.Any(e => e.Entity is WorkItem))
                {
                    // The handler's own rows changed meanwhile (another run of the same workflow saved first): nothing of this
                    // run is stored, and the row is given back to run again at once on fresh data, without using up an attempt.
                    LogConflict(_logger, item.Kind, item.Key);
                    await ReleaseAsync(id);
                    return;
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Another node took the row over after our lease expired; it runs it, and what we did is not saved.
                    LogLeaseLost(_logger, item.Kind, item.Key);
                    return;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    await ReleaseAsync(id);
                    throw;
                }
                catch (Exception ex)
                {
                    await FailAsync(work, handler, ex);
                    return;
                }
            }
        }

        await FailAsync(work, null, new InvalidOperationException($"No module handles work of the kind '{work.Kind}'."));
    }

    private void Complete(WorkItem item, WorkResult result)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        item.LeaseOwner = null;
        item.LeaseUntilUtc = null;
        if (result.LaterUtc is { } later)
        {
            // Held back, not failed: the attempt does not count.
            item.Attempts = Math.Max(0, item.Attempts - 1);
            item.DueUtc = DateTime.SpecifyKind(later, DateTimeKind.Utc);
            item.LastError = result.Reason;
            return;
        }

        item.CompletedUtc = now;
        item.LastError = null;
        item.Attempts = 0;
        if (item.Cron is { } cron && CronSchedule.Next(cron, now, _siteTime.Zone) is { } next)
        {
            // Computed from now, not from the missed occurrence: after downtime the work runs once, not once per missed tick.
            item.DueUtc = next;
            return;
        }

        item.Status = WorkStatus.Done;
    }

    private async Task FailAsync(WorkContext work, IWorkHandler? handler, Exception exception)
    {
        // The failed attempt's own changes are gone with its scope; the failure is recorded in a fresh one.
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LtkDbContext>();
        var item = await db.Set<WorkItem>().FirstOrDefaultAsync(w => w.Id == work.Id && w.LeaseOwner == Owner, CancellationToken.None);
        if (item is null)
        {
            return;
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        var max = handler?.MaxAttempts ?? _options.MaxAttempts;
        var givingUp = handler is null || item.Attempts >= max;
        item.LeaseOwner = null;
        item.LeaseUntilUtc = null;
        item.LastError = Truncate($"{exception.GetType().Name}: {exception.Message}", 2000);
        if (givingUp)
        {
            item.Status = WorkStatus.Failed;
            item.CompletedUtc = now;
            LogGaveUp(_logger, exception, work.Kind, work.Key, item.Attempts);
        }
        else
        {
            var delay = WorkBackoff.Delay(item.Attempts, _options.FirstRetryDelay, _options.MaxRetryDelay);
            item.DueUtc = now + delay;
            LogRetrying(_logger, work.Kind, work.Key, item.Attempts, delay, exception.Message);
        }

        if (handler is not null)
        {
            var scoped = scope.ServiceProvider.GetServices<IWorkHandler>().First(h => h.Kind == work.Kind);
            await scoped.OnFailedAsync(work with { Attempt = item.Attempts }, exception, givingUp, CancellationToken.None);
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Gives a row back when this node stops mid-work, so another takes it without waiting for the lease.</summary>
    private async Task ReleaseAsync(long id)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LtkDbContext>();
        await db.Set<WorkItem>().Where(w => w.Id == id && w.LeaseOwner == Owner).ExecuteUpdateAsync(
            s => s.SetProperty(w => w.LeaseOwner, (string?)null).SetProperty(w => w.LeaseUntilUtc, (DateTime?)null).SetProperty(w => w.Attempts, w => w.Attempts - 1),
            CancellationToken.None);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work {Kind} '{Key}' failed (attempt {Attempts}); it is tried again in {Delay}: {Error}")]
    private static partial void LogRetrying(ILogger logger, string kind, string key, int attempts, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Work {Kind} '{Key}' failed after {Attempts} attempt(s) and is marked failed")]
    private static partial void LogGaveUp(ILogger logger, Exception exception, string kind, string key, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Work {Kind} '{Key}' changed rows another run changed first; it runs again on fresh data")]
    private static partial void LogConflict(ILogger logger, string kind, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Work {Kind} '{Key}' was taken over by another node after this node's lease expired; its result here is dropped")]
    private static partial void LogLeaseLost(ILogger logger, string kind, string key);
}
