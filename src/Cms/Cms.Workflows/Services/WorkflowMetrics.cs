using System.Diagnostics.Metrics;
using Cms.Core.Data;
using Cms.Core.Work;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Workflows.Services;

/// <summary>
/// The engine's figures for OpenTelemetry or <c>dotnet-counters</c> (meter <see cref="MeterName"/>): instances started,
/// resumed, faulted and finished, tagged with their type, and the depth of the work queue. A counter moves only when
/// the change it counts is committed, so a run that lost a race and was rolled back is not counted.
/// </summary>
public sealed class WorkflowMetrics
{
    public const string MeterName = "Cms.Workflows";

    public const string TypeTag = "workflow.type";

    public const string KindTag = "work.kind";

    private readonly Counter<long> _started;
    private readonly Counter<long> _resumed;
    private readonly Counter<long> _faulted;
    private readonly Counter<long> _finished;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;

    public WorkflowMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock)
    {
        _scopes = scopes;
        _clock = clock;
        var meter = meters.Create(MeterName);
        _started = meter.CreateCounter<long>("cms.workflows.instances.started", "{instance}", "Workflow instances started.");
        _resumed = meter.CreateCounter<long>("cms.workflows.instances.resumed", "{instance}", "Halted workflow instances resumed by an event.");
        _faulted = meter.CreateCounter<long>("cms.workflows.instances.faulted", "{instance}", "Workflow instances that faulted in an activity.");
        _finished = meter.CreateCounter<long>("cms.workflows.instances.finished", "{instance}", "Workflow instances that ran to their end.");
        meter.CreateObservableGauge("cms.workflows.queue.depth", ReadQueueDepth, "{row}", "Rows of the work queue (timers, signals, mails) that are due and not yet done, by kind.");
        Meter = meter;
    }

    /// <summary>The meter, for a <see cref="MeterListener"/> that wants this site's instruments only.</summary>
    public Meter Meter { get; }

    internal void Started(LtkDbContext db, string workflowTypeId) => AfterCommit(db, _started, workflowTypeId);

    internal void Resumed(LtkDbContext db, string workflowTypeId) => AfterCommit(db, _resumed, workflowTypeId);

    internal void Faulted(LtkDbContext db, string workflowTypeId) => AfterCommit(db, _faulted, workflowTypeId);

    internal void Finished(LtkDbContext db, string workflowTypeId) => AfterCommit(db, _finished, workflowTypeId);

    private static void AfterCommit(LtkDbContext db, Counter<long> counter, string workflowTypeId) =>
        db.AfterCommit.Add(counter.Name, _ =>
        {
            counter.Add(1, new KeyValuePair<string, object?>(TypeTag, workflowTypeId));
            return Task.CompletedTask;
        });

    /// <summary>Read when a listener collects (an exporter does so every few seconds at most), one grouped query.</summary>
    private IEnumerable<Measurement<long>> ReadQueueDepth()
    {
        try
        {
            using var scope = _scopes.CreateScope();
            var now = _clock.GetUtcNow().UtcDateTime;
            var rows = scope.ServiceProvider.GetRequiredService<LtkDbContext>().Set<WorkItem>().AsNoTracking()
                .Where(w => w.Status == WorkStatus.Pending && w.DueUtc <= now)
                .GroupBy(w => w.Kind)
                .Select(g => new { Kind = g.Key, Count = g.LongCount() })
                .ToList();
            return rows.Select(r => new Measurement<long>(r.Count, new KeyValuePair<string, object?>(KindTag, r.Kind))).ToList();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // No figure while the database is away; /health says so, and an exporter must not fail on it.
            return [];
        }
    }
}
