using System.Text.Json.Nodes;
using Cms.Core.Data;
using Cms.Workflows.Activities;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LtkSite.Tests.Integration.Workflows.WorkflowTypeBuilder;

namespace LtkSite.Tests.Integration.Workflows;

public sealed class WorkflowEngineTests_Sqlite(SqliteWorkflowSiteFixture fixture) : WorkflowEngineTests<SqliteWorkflowSiteFixture>(fixture), IClassFixture<SqliteWorkflowSiteFixture>;

public sealed class WorkflowEngineTests_Postgres(PostgresWorkflowSiteFixture fixture) : WorkflowEngineTests<PostgresWorkflowSiteFixture>(fixture), IClassFixture<PostgresWorkflowSiteFixture>;

/// <summary>The engine with types built in code: branching, halting and resuming, fork and join, versions, races, faults.</summary>
public abstract class WorkflowEngineTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : WorkflowSiteFixture
{
    /// <summary>start (signal) → [wait for "concluded"] → set Decided; every test has its own signal names.</summary>
    private async Task<(string TypeId, string Start, string Concluded)> SaveWaitingTypeAsync(string decided = "yes", bool singleton = false)
    {
        var typeId = UniqueId("wait");
        var start = UniqueId("submitted");
        var concluded = UniqueId("concluded");
        await Site.SaveWorkflowTypeAsync(WaitingType(typeId, start, concluded, decided, singleton));
        return (typeId, start, concluded);
    }

    [Fact]
    public async Task An_if_else_takes_the_branch_its_condition_chooses()
    {
        var type = new WorkflowTypeBuilder(UniqueId("branch"));
        var signal = UniqueId("application");
        await Site.SaveWorkflowTypeAsync(type
            .Start("start", "SignalEvent", Signal(signal))
            .Then("big", "IfElseTask", Condition("Input.Amount > 5000 and Input.Kind == \"association\""))
            .Then("council", "SetPropertyTask", SetProperty("Route", "council {{ Input.Amount }}"))
            .Then("secretariat", "SetPropertyTask", SetProperty("Route", "secretariat"))
            .Connect("start", "Done", "big")
            .Connect("big", "True", "council")
            .Connect("big", "False", "secretariat")
            .Build());

        await Site.SignalAsync(signal, "a1", new JsonObject { ["Amount"] = 12000, ["Kind"] = "association" });
        await Site.SignalAsync(signal, "a2", new JsonObject { ["Amount"] = 800, ["Kind"] = "association" });

        var big = await Site.InstanceAsync(type.WorkflowTypeId, "a1");
        var small = await Site.InstanceAsync(type.WorkflowTypeId, "a2");
        Assert.Equal(WorkflowStatus.Finished, big.Status);
        Assert.Equal("council 12000", big.Property("Route"));
        Assert.Equal(["start:Done", "big:True", "council:Done"], await Site.JournalAsync(big.WorkflowId));
        Assert.Equal("secretariat", small.Property("Route"));
        Assert.Equal(["start:Done", "big:False", "secretariat:Done"], await Site.JournalAsync(small.WorkflowId));
    }

    [Fact]
    public async Task A_halted_instance_resumes_only_on_its_own_correlation_and_the_right_signal()
    {
        var (typeId, start, concluded) = await SaveWaitingTypeAsync();
        await Site.SignalAsync(start, "meeting-1");
        await Site.SignalAsync(start, "meeting-2");

        var first = await Site.InstanceAsync(typeId, "meeting-1");
        Assert.Equal(WorkflowStatus.Halted, first.Status);
        Assert.Equal(["wait"], await Site.BlockingAsync(first.WorkflowId));

        var other = await Site.SignalAsync(UniqueId("unrelated"), "meeting-1");
        Assert.Empty(other.Resumed);
        var resumed = await Site.SignalAsync(concluded, "meeting-1");

        Assert.Equal([first.WorkflowId], resumed.Resumed.Select(i => i.WorkflowId));
        first = await Site.InstanceAsync(typeId, "meeting-1");
        Assert.Equal(WorkflowStatus.Finished, first.Status);
        Assert.Equal("yes", first.Property("Decided"));
        Assert.Equal(["start:Done", "wait:halted", "wait:Done", "decide:Done"], await Site.JournalAsync(first.WorkflowId));
        Assert.Empty(await Site.BlockingAsync(first.WorkflowId));
        Assert.Equal(WorkflowStatus.Halted, (await Site.InstanceAsync(typeId, "meeting-2")).Status);
    }

    [Fact]
    public async Task A_join_waits_for_every_branch_even_when_one_arrives_in_a_later_run()
    {
        var type = new WorkflowTypeBuilder(UniqueId("fork"));
        var start = UniqueId("start");
        var receipts = UniqueId("receipts");
        await Site.SaveWorkflowTypeAsync(type
            .Start("start", "SignalEvent", Signal(start))
            .Then("fork", "ForkTask", new JsonObject { ["Forks"] = new JsonArray("Report", "Receipts") })
            .Then("report", "SetPropertyTask", SetProperty("Report", "received"))
            .Then("wait", "SignalEvent", Signal(receipts))
            .Then("join", "JoinTask", new JsonObject { ["Mode"] = "WaitAll" })
            .Then("close", "SetPropertyTask", SetProperty("Closed", "true"))
            .Connect("start", "Done", "fork")
            .Connect("fork", "Report", "report")
            .Connect("fork", "Receipts", "wait")
            .Connect("report", "Done", "join")
            .Connect("wait", "Done", "join")
            .Connect("join", "Joined", "close")
            .Build());

        await Site.SignalAsync(start, "grant-7");
        var halted = await Site.InstanceAsync(type.WorkflowTypeId, "grant-7");
        Assert.Equal(WorkflowStatus.Halted, halted.Status);
        Assert.Equal("received", halted.Property("Report"));
        Assert.Null(halted.Property("Closed"));

        await Site.SignalAsync(receipts, "grant-7");

        var done = await Site.InstanceAsync(type.WorkflowTypeId, "grant-7");
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.True(done.Properties["Closed"]!.GetValue<bool>());
        var journal = await Site.JournalAsync(done.WorkflowId);
        Assert.Equal(["join:", "join:Joined"], journal.Where(j => j.StartsWith("join:", StringComparison.Ordinal)));
        Assert.Single(journal, "close:Done");
    }

    [Fact]
    public async Task A_join_on_any_whose_branches_all_arrive_in_one_run_goes_on_once()
    {
        var type = new WorkflowTypeBuilder(UniqueId("anyrun"));
        var start = UniqueId("start");
        await Site.SaveWorkflowTypeAsync(type
            .Start("start", "SignalEvent", Signal(start))
            .Then("fork", "ForkTask", new JsonObject { ["Forks"] = new JsonArray("Mail", "Note") })
            .Then("mail", "SetPropertyTask", SetProperty("Mail", "sent"))
            .Then("note", "SetPropertyTask", SetProperty("Note", "written"))
            .Then("join", "JoinTask", new JsonObject { ["Mode"] = "WaitAny" })
            .Then("close", "SetPropertyTask", SetProperty("Closed", "true"))
            .Connect("start", "Done", "fork")
            .Connect("fork", "Mail", "mail")
            .Connect("fork", "Note", "note")
            .Connect("mail", "Done", "join")
            .Connect("note", "Done", "join")
            .Connect("join", "Joined", "close")
            .Build());

        await Site.SignalAsync(start, "any-1");

        var done = await Site.InstanceAsync(type.WorkflowTypeId, "any-1");
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Single(await Site.JournalAsync(done.WorkflowId), "close:Done");
    }

    [Fact]
    public async Task Instances_run_to_their_end_on_the_version_they_started_on_across_an_edit_and_an_import()
    {
        var (typeId, start, concluded) = await SaveWaitingTypeAsync(decided: "one");
        await Site.SignalAsync(start, "v1");

        var edited = await Site.SaveWorkflowTypeAsync(WaitingType(typeId, start, concluded, "two"));
        Assert.Equal(new WorkflowTypeSaveResult(WorkflowTypeChange.NewVersion, 2), edited);
        await Site.SignalAsync(start, "v2");

        var recipe = $$"""
            { "name": "workflows", "steps": [ { "name": "WorkflowType", "data": [
              { "WorkflowTypeId": "{{typeId}}", "Name": "Imported", "IsEnabled": true, "IsSingleton": false, "LockTimeout": 0, "LockExpiration": 0, "DeleteFinishedWorkflows": false,
                "Activities": [
                  { "ActivityId": "start", "Name": "SignalEvent", "X": 0, "Y": 0, "IsStart": true, "Properties": { "ActivityMetadata": { "Title": "Submitted" }, "SignalName": { "Expression": "{{start}}" } } },
                  { "ActivityId": "wait", "Name": "SignalEvent", "X": 0, "Y": 100, "IsStart": false, "Properties": { "SignalName": { "Expression": "{{concluded}}" } } },
                  { "ActivityId": "decide", "Name": "SetPropertyTask", "X": 0, "Y": 200, "IsStart": false, "Properties": { "PropertyName": "Decided", "Value": { "Expression": "three" } } } ],
                "Transitions": [
                  { "SourceActivityId": "start", "SourceOutcomeName": "Done", "DestinationActivityId": "wait" },
                  { "SourceActivityId": "wait", "SourceOutcomeName": "Done", "DestinationActivityId": "decide" } ] } ] } ] }
            """;
        Assert.True((await Site.RunRecipeAsync(recipe)).Succeeded);
        Assert.True((await Site.RunRecipeAsync(recipe)).Succeeded);
        await Site.SignalAsync(start, "v3");

        var versions = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowTypeVersion>()
            .Where(v => v.WorkflowTypeId == typeId).Select(v => v.Version).OrderBy(v => v).ToListAsync());
        Assert.Equal([1, 2, 3], versions);
        foreach (var correlation in new[] { "v1", "v2", "v3" })
        {
            await Site.SignalAsync(concluded, correlation);
        }

        var instances = await Site.InstancesAsync(typeId);
        Assert.Equal([1, 2, 3], instances.Select(i => i.TypeVersion));
        Assert.Equal(["one", "two", "three"], instances.Select(i => i.Property("Decided")));
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, i.Status));
    }

    [Fact]
    public async Task Moving_halted_instances_to_the_newest_version_is_explicit_and_a_dry_run_lists_what_would_change()
    {
        var (typeId, start, concluded) = await SaveWaitingTypeAsync(decided: "old");
        await Site.SignalAsync(start, "m1");
        await Site.SaveWorkflowTypeAsync(WaitingType(typeId, start, concluded, "new"));

        var dryRun = await Site.WithScopeAsync(s => s.GetRequiredService<WorkflowVersionMigrator>().MoveToLatestAsync(typeId, dryRun: true));
        var plan = Assert.Single(dryRun.Instances);
        Assert.True(plan.CanMove);
        Assert.Equal((1, 2), (plan.FromVersion, plan.ToVersion));
        Assert.Equal(1, (await Site.InstanceAsync(typeId, "m1")).TypeVersion);

        // A version without the activity the instance waits on: the dry run says the wait goes and the instance would end.
        var withoutWait = new WorkflowTypeBuilder(typeId)
            .Start("start", "SignalEvent", Signal(start))
            .Then("decide", "SetPropertyTask", SetProperty("Decided", "no wait"))
            .Connect("start", "Done", "decide")
            .Build();
        await Site.SaveWorkflowTypeAsync(withoutWait);
        using (UiCulture.English())
        {
            var withdrawn = Assert.Single((await Site.WithScopeAsync(s => s.GetRequiredService<WorkflowVersionMigrator>().MoveToLatestAsync(typeId, dryRun: true))).Instances);
            Assert.Contains("The wait at 'wait' (SignalEvent) will be withdrawn: version 3 no longer has that activity.", withdrawn.Changes);
            Assert.Contains("Version 3 leaves it nothing to wait on: it will end as aborted.", withdrawn.Changes);
        }

        Assert.Equal(1, (await Site.InstanceAsync(typeId, "m1")).TypeVersion);

        await Site.SaveWorkflowTypeAsync(WaitingType(typeId, start, concluded, "newest"));
        var moved = await Site.WithScopeAsync(async s =>
        {
            var report = await s.GetRequiredService<WorkflowVersionMigrator>().MoveToLatestAsync(typeId, dryRun: false);
            await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            return report;
        });
        Assert.True(moved.Moved);
        Assert.Equal(4, (await Site.InstanceAsync(typeId, "m1")).TypeVersion);

        await Site.SignalAsync(concluded, "m1");
        Assert.Equal("newest", (await Site.InstanceAsync(typeId, "m1")).Property("Decided"));
    }

    [Fact]
    public async Task Of_two_resumes_of_one_instance_the_second_to_save_changes_nothing()
    {
        var (typeId, start, concluded) = await SaveWaitingTypeAsync();
        await Site.SignalAsync(start, "race-1");

        // Scope A runs the resume but has not saved when scope B resumes the same instance and saves.
        await using var a = Site.Services.CreateAsyncScope();
        var dbA = a.ServiceProvider.GetRequiredService<LtkDbContext>();
        var runA = await a.ServiceProvider.GetRequiredService<WorkflowManager>().TriggerAsync(
            new WorkflowEvent(SignalEvent.EventName, new JsonObject { ["Signal"] = concluded, ["By"] = "A" }, "race-1", "event-a-" + typeId));
        Assert.Single(runA.Resumed);
        var runB = await Site.SignalAsync(concluded, "race-1", new JsonObject { ["By"] = "B" }, "event-b-" + typeId);
        Assert.Single(runB.Resumed);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbA.SaveChangesAsync());

        var instance = await Site.InstanceAsync(typeId, "race-1");
        Assert.Equal("B", instance.Input["By"]!.GetValue<string>());
        Assert.Single(await Site.JournalAsync(instance.WorkflowId), "decide:Done");
    }

    [Fact]
    public async Task Two_resumes_racing_on_one_instance_execute_the_rest_of_it_once()
    {
        var (typeId, start, concluded) = await SaveWaitingTypeAsync();
        await Site.SignalAsync(start, "race-2");

        var results = await Task.WhenAll(
            Task.Run(() => Site.SignalAsync(concluded, "race-2", eventId: "race-2-a-" + typeId)),
            Task.Run(() => Site.SignalAsync(concluded, "race-2", eventId: "race-2-b-" + typeId)));

        Assert.Equal(1, results.Sum(r => r.Resumed.Count));
        var instance = await Site.InstanceAsync(typeId, "race-2");
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Single(await Site.JournalAsync(instance.WorkflowId), "decide:Done");
    }

    [Fact]
    public async Task An_event_delivered_twice_has_its_effect_once()
    {
        var (typeId, start, concluded) = await SaveWaitingTypeAsync();

        var first = await Site.SignalAsync(start, "twice", eventId: "start-" + typeId);
        var again = await Site.SignalAsync(start, "twice", eventId: "start-" + typeId);
        Assert.Single(first.Started);
        Assert.True(again.Duplicate);
        Assert.Single(await Site.InstancesAsync(typeId));

        var resumed = await Site.SignalAsync(concluded, "twice", eventId: "concluded-" + typeId);
        var twice = await Site.SignalAsync(concluded, "twice", eventId: "concluded-" + typeId);
        Assert.Single(resumed.Resumed);
        Assert.True(twice.Duplicate);
        Assert.Single(await Site.JournalAsync((await Site.InstanceAsync(typeId, "twice")).WorkflowId), "decide:Done");
    }

    [Fact]
    public async Task A_singleton_type_has_one_unfinished_instance_per_correlation()
    {
        var (typeId, start, concluded) = await SaveWaitingTypeAsync(singleton: true);

        await Site.SignalAsync(start, "prize-2026");
        var second = await Site.SignalAsync(start, "prize-2026");
        await Site.SignalAsync(start, "prize-2027");
        Assert.Empty(second.Started);
        Assert.Equal(["prize-2026", "prize-2027"], (await Site.InstancesAsync(typeId)).Select(i => i.CorrelationId));

        // Once finished, the next round may start.
        await Site.SignalAsync(concluded, "prize-2026");
        Assert.Single((await Site.SignalAsync(start, "prize-2026")).Started);
    }

    [Fact]
    public async Task A_faulted_instance_keeps_its_error_and_is_retried_from_the_failed_activity()
    {
        var type = new WorkflowTypeBuilder(UniqueId("fault"));
        var start = UniqueId("start");
        await Site.SaveWorkflowTypeAsync(type
            .Start("start", "SignalEvent", Signal(start))
            .Then("before", "SetPropertyTask", SetProperty("Before", "done"))
            .Then("send", nameof(FlakyTask))
            .Then("after", "SetPropertyTask", SetProperty("After", "done"))
            .Connect("start", "Done", "before")
            .Connect("before", "Done", "send")
            .Connect("send", "Done", "after")
            .Build());
        Fixture.Flaky.IsDown = true;
        Site.Logs.ExpectContaining("faulted in activity send");

        await Site.SignalAsync(start, "f1");
        var faulted = await Site.InstanceAsync(type.WorkflowTypeId, "f1");
        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.Equal("send", faulted.FaultedActivityId);
        Assert.Equal("The service is down.", faulted.Error);
        Assert.Equal(["start:Done", "before:Done", "send:error"], await Site.JournalAsync(faulted.WorkflowId));

        Fixture.Flaky.IsDown = false;
        var retried = await Site.WithScopeAsync(async s =>
        {
            var ok = await s.GetRequiredService<WorkflowManager>().RetryAsync(faulted.WorkflowId);
            await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            return ok;
        });

        Assert.True(retried);
        var finished = await Site.InstanceAsync(type.WorkflowTypeId, "f1");
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.Null(finished.Error);
        Assert.Equal("done", finished.Property("After"));
        Assert.Equal(["start:Done", "before:Done", "send:error", "send:Done", "after:Done"], await Site.JournalAsync(finished.WorkflowId));
    }

    [Fact]
    public async Task A_type_using_an_unknown_activity_is_refused_with_a_message_that_says_which()
    {
        var draft = new WorkflowTypeBuilder(UniqueId("unknown"))
            .Start("start", "SignalEvent", Signal("x"))
            .Then("script", "ScriptTask")
            .Connect("start", "Done", "script")
            .Connect("start", "Nope", "script")
            .Build();

        using var english = UiCulture.English();
        var error = await Assert.ThrowsAsync<WorkflowValidationException>(() => Site.SaveWorkflowTypeAsync(draft));

        Assert.Contains(error.Errors, e => e.StartsWith("Activity 'script': unknown activity 'ScriptTask' (known activities: ", StringComparison.Ordinal) && e.Contains("IfElseTask", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("'SignalEvent' has no outcome 'Nope' (its outcomes: Done)", StringComparison.Ordinal));
    }

    private static WorkflowTypeDraft WaitingType(string typeId, string start, string concluded, string decided, bool singleton = false) =>
        new WorkflowTypeBuilder(typeId)
            .Start("start", "SignalEvent", Signal(start))
            .Then("wait", "SignalEvent", Signal(concluded))
            .Then("decide", "SetPropertyTask", SetProperty("Decided", decided))
            .Connect("start", "Done", "wait")
            .Connect("wait", "Done", "decide")
            .Build(singleton);
}
