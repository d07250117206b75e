using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Cms.Core.Data;
using Cms.Core.Work;
using Cms.Workflows.Services;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;
using static LtkSite.Tests.Integration.Workflows.WorkflowTypeBuilder;

namespace LtkSite.Tests.Integration.Workflows;

public sealed class WorkflowMetricsTests_Sqlite(SqliteWorkflowSiteFixture fixture) : WorkflowMetricsTests<SqliteWorkflowSiteFixture>(fixture), IClassFixture<SqliteWorkflowSiteFixture>;

public sealed class WorkflowMetricsTests_Postgres(PostgresWorkflowSiteFixture fixture) : WorkflowMetricsTests<PostgresWorkflowSiteFixture>(fixture), IClassFixture<PostgresWorkflowSiteFixture>;

/// <summary>The "Cms.Workflows" meter as an OpenTelemetry exporter would read it, through a <see cref="MeterListener"/>.</summary>
public abstract class WorkflowMetricsTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : WorkflowSiteFixture
{
    private sealed record Measured(string Instrument, long Value, IReadOnlyDictionary<string, object?> Tags);

    /// <summary>Listens to this site's meter only (other sites in the test run have meters of the same name).</summary>
    private MeterListener Listen(ConcurrentQueue<Measured> into)
    {
        var meter = Site.Services.GetRequiredService<WorkflowMetrics>().Meter;
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter, meter))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                dictionary[tag.Key] = tag.Value;
            }

            into.Enqueue(new Measured(instrument.Name, value, dictionary));
        });
        listener.Start();
        return listener;
    }

    [Fact]
    public async Task Instances_started_resumed_finished_and_faulted_are_counted_per_type_once_committed()
    {
        var measured = new ConcurrentQueue<Measured>();
        using var listener = Listen(measured);
        var waiting = new WorkflowTypeBuilder(UniqueId("metrics"));
        var (start, concluded) = (UniqueId("mstart"), UniqueId("mdone"));
        await Site.SaveWorkflowTypeAsync(waiting.Start("start", "SignalEvent", Signal(start)).Then("wait", "SignalEvent", Signal(concluded))
            .Connect("start", "Done", "wait").Build());
        var flaky = new WorkflowTypeBuilder(UniqueId("mflaky"));
        var flakyStart = UniqueId("mfstart");
        await Site.SaveWorkflowTypeAsync(flaky.Start("start", "SignalEvent", Signal(flakyStart)).Then("send", nameof(FlakyTask)).Connect("start", "Done", "send").Build());

        await Site.SignalAsync(start, "c1");
        await Site.SignalAsync(start, "c2");
        await Site.SignalAsync(concluded, "c1");
        // Delivered again: handled once, counted once.
        await Site.SignalAsync(concluded, "c1", eventId: "metrics-twice-" + waiting.WorkflowTypeId);
        await Site.SignalAsync(concluded, "c1", eventId: "metrics-twice-" + waiting.WorkflowTypeId);
        Fixture.Flaky.IsDown = true;
        Site.Logs.ExpectContaining("faulted in activity send");
        try
        {
            await Site.SignalAsync(flakyStart, "f1");
        }
        finally
        {
            Fixture.Flaky.IsDown = false;
        }

        long Count(string instrument, string typeId) => measured
            .Where(m => m.Instrument == instrument && Equals(m.Tags.GetValueOrDefault(WorkflowMetrics.TypeTag), typeId))
            .Sum(m => m.Value);
        Assert.Equal(2, Count("cms.workflows.instances.started", waiting.WorkflowTypeId));
        Assert.Equal(1, Count("cms.workflows.instances.resumed", waiting.WorkflowTypeId));
        Assert.Equal(1, Count("cms.workflows.instances.finished", waiting.WorkflowTypeId));
        Assert.Equal(0, Count("cms.workflows.instances.faulted", waiting.WorkflowTypeId));
        Assert.Equal(1, Count("cms.workflows.instances.started", flaky.WorkflowTypeId));
        Assert.Equal(1, Count("cms.workflows.instances.faulted", flaky.WorkflowTypeId));
        Assert.Equal(0, Count("cms.workflows.instances.finished", flaky.WorkflowTypeId));
    }

    [Fact]
    public async Task The_queue_depth_gauge_counts_the_due_work_rows_by_kind()
    {
        var kind = UniqueId("probe-kind");
        var keys = new[] { UniqueId("due-1"), UniqueId("due-2"), UniqueId("later") };
        await Site.WithScopeAsync(async s =>
        {
            var queue = s.GetRequiredService<IWorkQueue>();
            await queue.EnqueueAsync(kind, keys[0]);
            await queue.EnqueueAsync(kind, keys[1]);
            await queue.EnqueueAsync(kind, keys[2], dueUtc: DateTime.UtcNow.AddDays(1));
            return await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        });
        try
        {
            var measured = new ConcurrentQueue<Measured>();
            using var listener = Listen(measured);

            listener.RecordObservableInstruments();

            var depth = measured.Where(m => m.Instrument == "cms.workflows.queue.depth" && Equals(m.Tags.GetValueOrDefault(WorkflowMetrics.KindTag), kind)).ToList();
            Assert.Equal(2, Assert.Single(depth).Value);
        }
        finally
        {
            await Site.WithScopeAsync(async s =>
            {
                foreach (var key in keys)
                {
                    await s.GetRequiredService<IWorkQueue>().CancelAsync(key);
                }

                return await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            });
        }
    }
}
