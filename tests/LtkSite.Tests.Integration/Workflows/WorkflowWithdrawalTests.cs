using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Core.Data;
using Cms.Core.Security;
using Cms.Core.Work;
using Cms.Workflows.Controllers;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Cms.Workflows.Tasks;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LtkSite.Tests.Integration.Workflows.WorkflowTypeBuilder;

namespace LtkSite.Tests.Integration.Workflows;

public sealed class WorkflowWithdrawalTests_Sqlite(SqliteTaskSiteFixture fixture) : WorkflowWithdrawalTests<SqliteTaskSiteFixture>(fixture), IClassFixture<SqliteTaskSiteFixture>;

public sealed class WorkflowWithdrawalTests_Postgres(PostgresTaskSiteFixture fixture) : WorkflowWithdrawalTests<PostgresTaskSiteFixture>(fixture), IClassFixture<PostgresTaskSiteFixture>;

/// <summary>
/// What an instance no longer waits on is taken back: when an administrator aborts it, when it is moved to a version without
/// the activity, and when another branch reaches a join on "any" first. Its task leaves the inbox with the reason in its
/// history, its timer row is cancelled, and the journal says why.
/// </summary>
public abstract partial class WorkflowWithdrawalTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : TaskSiteFixture
{
    private const string Password = "Withdrawal-password-1";

    [Fact]
    public async Task An_administrator_aborts_a_waiting_instance_after_confirming_with_a_reason_and_its_task_and_timer_go_with_it()
    {
        var (typeId, signal) = await DefineForkAsync(joinOnAny: true);
        var secretary = await SecretaryAsync();
        var correlation = Guid.NewGuid().ToString("N");
        await Site.SignalAsync(signal, correlation, new JsonObject { ["Name"] = "Foreningen Broen" });
        var instance = await Site.InstanceAsync(typeId, correlation);
        Assert.Equal(["deadline", "review"], await Site.BlockingAsync(instance.WorkflowId));
        var task = await TaskOfAsync(instance.WorkflowId);
        var countBefore = await MenuCountAsync(secretary);
        Assert.Contains(task.TaskId, await InboxAsync(secretary));

        await Client.LoginAsAdminAsync();
        var url = WorkflowAdminUrls.Instance(typeId, instance.WorkflowId);
        Assert.Contains($"href=\"{url}/abort\"", await Client.GetStringAsync(url), StringComparison.Ordinal);
        var confirm = WebUtility.HtmlDecode(await Client.GetStringAsync(url + "/abort"));
        HtmlValidator.AssertValid(confirm, "the abort confirm page");
        Assert.Contains("Opgaven 'Behandl ansøgningen fra Foreningen Broen' trækkes tilbage fra opgavelisten.", confirm, StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.Halted, (await Site.InstanceAsync(typeId, correlation)).Status);

        var aborted = await Client.PostFormAsync(url + "/abort", url + "/abort", [new("Reason", "Ansøgeren trak ansøgningen tilbage.")]);

        Assert.Equal(HttpStatusCode.Redirect, aborted.StatusCode);
        Assert.Contains("Forløbet blev afbrudt; dets åbne opgaver blev trukket tilbage", WebUtility.HtmlDecode(await Client.GetStringAsync(aborted.Headers.Location)), StringComparison.Ordinal);
        instance = await Site.InstanceAsync(typeId, correlation);
        Assert.Equal(WorkflowStatus.Aborted, instance.Status);
        Assert.Empty(await Site.BlockingAsync(instance.WorkflowId));
        Assert.Equal(WorkflowTaskStatus.Cancelled, (await TaskOfAsync(instance.WorkflowId)).Status);
        Assert.DoesNotContain(task.TaskId, await InboxAsync(secretary));
        Assert.Equal(countBefore - 1, await MenuCountAsync(secretary));
        Assert.Contains("Opgaven blev trukket tilbage: Arbejdsgangen blev afbrudt.", WebUtility.HtmlDecode(await secretary.GetStringAsync(TaskUrls.Task(task.TaskId))), StringComparison.Ordinal);
        Assert.All(await ResumeRowsAsync(instance.WorkflowId, "deadline"), r => Assert.Equal(WorkStatus.Cancelled, r.Status));
        Assert.Equal(WorkStatus.Cancelled, (await WorkRowAsync(TaskOverdueWorkHandler.KeyOf(task.TaskId)))!.Status);

        var entry = (await JournalOfAsync(instance.WorkflowId)).Last();
        Assert.Equal((WorkflowWithdrawals.AbortedEntry, "admin", "Ansøgeren trak ansøgningen tilbage."), (entry.ActivityName, entry.UserName, entry.Note));
        var audit = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().AuditTrailEvents.AsNoTracking()
            .SingleAsync(e => e.EventName == "Aborted" && e.ObjectId == instance.WorkflowId));
        Assert.Equal(("admin", "Ansøgeren trak ansøgningen tilbage.", "WorkflowInstance"), (audit.UserName, audit.Comment, audit.ObjectType));
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync(url));
        Assert.Contains("Forløbet blev afbrudt", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{url}/abort\"", page, StringComparison.Ordinal);

        // The timer's due time passes and nothing runs; a second abort is told the instance has ended.
        Fixture.Clock.Advance(TimeSpan.FromDays(3));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(WorkflowStatus.Aborted, (await Site.InstanceAsync(typeId, correlation)).Status);
        Assert.Equal(["start", "fork", "review", "deadline", ""], (await JournalOfAsync(instance.WorkflowId)).Select(j => j.ActivityId));
        await Client.LoginAsAdminAsync();
        var again = await Client.PostFormAsync(url, url + "/abort", []);
        Assert.Contains("Forløbet er allerede afsluttet; det blev ikke afbrudt.", WebUtility.HtmlDecode(await Client.GetStringAsync(again.Headers.Location)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_faulted_instance_can_be_aborted_and_a_finished_one_cannot()
    {
        var typeId = UniqueId("faulty");
        var start = UniqueId("start");
        await Site.SaveWorkflowTypeAsync(new WorkflowTypeBuilder(typeId)
            .Start("start", "SignalEvent", Signal(start))
            .Then("wait", "WaitUntilTask", new JsonObject { ["Date"] = new JsonObject { ["Expression"] = "{{ Input.MeetingDate }}" } })
            .Connect("start", "Done", "wait")
            .Build());
        Site.Logs.ExpectContaining("faulted in activity wait");
        await Site.SignalAsync(start, "bad", new JsonObject { ["MeetingDate"] = "på tirsdag" });
        var faulted = await Site.InstanceAsync(typeId, "bad");
        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);

        await Client.LoginAsAdminAsync();
        var url = WorkflowAdminUrls.Instance(typeId, faulted.WorkflowId);
        Assert.Contains($"href=\"{url}/abort\"", await Client.GetStringAsync(url), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(url + "/abort", url + "/abort", [])).StatusCode);
        Assert.Equal(WorkflowStatus.Aborted, (await Site.InstanceAsync(typeId, "bad")).Status);
        Assert.Null((await JournalOfAsync(faulted.WorkflowId)).Last().Note);

        var ended = WebUtility.HtmlDecode(await Client.GetStringAsync(url + "/abort"));
        Assert.Contains("Forløbet er allerede afsluttet; der er intet at afbryde.", ended, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Reason\"", ended, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_timer_of_a_join_on_any_fires_first_the_task_of_the_other_branch_is_withdrawn_and_the_workflow_goes_on_once()
    {
        var (typeId, signal) = await DefineForkAsync(joinOnAny: true);
        var correlation = Guid.NewGuid().ToString("N");
        await Site.SignalAsync(signal, correlation, new JsonObject { ["Name"] = "Netværket" });
        var instance = await Site.InstanceAsync(typeId, correlation);
        var task = await TaskOfAsync(instance.WorkflowId);

        Fixture.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await Fixture.Runner.RunDueWorkAsync();
        // Signed in after the two days, so the sign-in has not expired.
        var secretary = await SecretaryAsync();

        instance = await Site.InstanceAsync(typeId, correlation);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal("deadline", instance.Property("Decided"));
        Assert.Empty(await Site.BlockingAsync(instance.WorkflowId));
        Assert.Equal(WorkflowTaskStatus.Cancelled, (await TaskOfAsync(instance.WorkflowId)).Status);
        Assert.DoesNotContain(task.TaskId, await InboxAsync(secretary));
        Assert.Contains("Opgaven blev trukket tilbage: En anden gren nåede først frem til samlingen.", WebUtility.HtmlDecode(await secretary.GetStringAsync(TaskUrls.Task(task.TaskId))), StringComparison.Ordinal);
        Assert.Equal(WorkStatus.Cancelled, (await WorkRowAsync(TaskOverdueWorkHandler.KeyOf(task.TaskId)))!.Status);
        var withdrawn = Assert.Single(await JournalOfAsync(instance.WorkflowId), j => j.Note == WithdrawalReasons.JoinedElsewhere);
        Assert.Equal("review", withdrawn.ActivityId);
        Assert.Equal(1, (await JournalOfAsync(instance.WorkflowId)).Count(j => j.ActivityId == "join" && j.Outcomes == "Joined"));

        await Client.LoginAsAdminAsync();
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync(WorkflowAdminUrls.Instance(typeId, instance.WorkflowId)));
        Assert.Contains("Trukket tilbage: En anden gren nåede først frem til samlingen.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_task_of_a_join_on_any_is_acted_on_first_the_timer_of_the_other_branch_is_cancelled()
    {
        var (typeId, signal) = await DefineForkAsync(joinOnAny: true);
        var secretary = await SecretaryAsync();
        var correlation = Guid.NewGuid().ToString("N");
        await Site.SignalAsync(signal, correlation, new JsonObject { ["Name"] = "Klubben" });
        var instance = await Site.InstanceAsync(typeId, correlation);
        var task = await TaskOfAsync(instance.WorkflowId);
        Assert.Single(await ResumeRowsAsync(instance.WorkflowId, "deadline"), r => r.Status == WorkStatus.Pending);

        var page = await secretary.GetStringAsync(TaskUrls.Task(task.TaskId));
        var stamp = StampPattern().Match(page).Groups[1].Value;
        var acted = await secretary.PostAsync(TaskUrls.Task(task.TaskId) + "/act", new FormUrlEncodedContent(
            [new("Action", "Approve"), new("Stamp", stamp), new("__RequestVerificationToken", HttpClientExtensions.ExtractAntiforgeryToken(page))]));
        Assert.Equal(HttpStatusCode.Redirect, acted.StatusCode);

        instance = await Site.InstanceAsync(typeId, correlation);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal("review", instance.Property("Decided"));
        Assert.All(await ResumeRowsAsync(instance.WorkflowId, "deadline"), r => Assert.Equal(WorkStatus.Cancelled, r.Status));
        Assert.Equal("deadline", Assert.Single(await JournalOfAsync(instance.WorkflowId), j => j.Note == WithdrawalReasons.JoinedElsewhere).ActivityId);

        Fixture.Clock.Advance(TimeSpan.FromDays(3));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(1, (await JournalOfAsync(instance.WorkflowId)).Count(j => j.ActivityId == "decided"));
    }

    [Fact]
    public async Task Moving_to_a_version_without_the_task_and_the_timer_withdraws_them_after_a_dry_run_that_says_so()
    {
        var (typeId, signal) = await DefineForkAsync(joinOnAny: false, alsoWaitFor: "concluded");
        var secretary = await SecretaryAsync();
        var correlation = Guid.NewGuid().ToString("N");
        await Site.SignalAsync(signal, correlation, new JsonObject { ["Name"] = "Foreningen Fælles" });
        var instance = await Site.InstanceAsync(typeId, correlation);
        Assert.Equal(["concluded", "deadline", "review"], await Site.BlockingAsync(instance.WorkflowId));
        var task = await TaskOfAsync(instance.WorkflowId);

        // Version 2 only waits for the meeting: the review and the deadline are gone.
        await Site.SaveWorkflowTypeAsync(new WorkflowTypeBuilder(typeId)
            .Start("start", "SignalEvent", Signal(signal))
            .Then("concluded", "SignalEvent", Signal(signal + "-concluded"))
            .Then("decided", "SetPropertyTask", SetProperty("Decided", "meeting"))
            .Connect("start", "Done", "concluded")
            .Connect("concluded", "Done", "decided")
            .Build());
        await Client.LoginAsAdminAsync();
        var moveUrl = WorkflowAdminUrls.Move(typeId);
        var dryRun = WebUtility.HtmlDecode(await Client.GetStringAsync(moveUrl));
        Assert.Contains("Opgaven 'Behandl ansøgningen fra Foreningen Fælles' trækkes tilbage: version 2 har ikke længere aktiviteten 'review', som den venter på.", dryRun, StringComparison.Ordinal);
        Assert.Contains("Ventetiden ved 'deadline' (WaitUntilTask) trækkes tilbage: version 2 har ikke længere den aktivitet.", dryRun, StringComparison.Ordinal);
        Assert.Equal(WorkflowTaskStatus.Open, (await TaskOfAsync(instance.WorkflowId)).Status);

        Assert.Equal(HttpStatusCode.OK, (await Client.PostFormAsync(moveUrl, moveUrl, [])).StatusCode);

        instance = await Site.InstanceAsync(typeId, correlation);
        Assert.Equal((2, WorkflowStatus.Halted), (instance.TypeVersion, instance.Status));
        Assert.Equal(["concluded"], await Site.BlockingAsync(instance.WorkflowId));
        Assert.Equal(WorkflowTaskStatus.Cancelled, (await TaskOfAsync(instance.WorkflowId)).Status);
        Assert.DoesNotContain(task.TaskId, await InboxAsync(secretary));
        Assert.Contains("Opgaven blev trukket tilbage: Arbejdsgangen blev flyttet til en version, der ikke længere venter her.", WebUtility.HtmlDecode(await secretary.GetStringAsync(TaskUrls.Task(task.TaskId))), StringComparison.Ordinal);
        Assert.All(await ResumeRowsAsync(instance.WorkflowId, "deadline"), r => Assert.Equal(WorkStatus.Cancelled, r.Status));
        Assert.Equal(["deadline", "review"], (await JournalOfAsync(instance.WorkflowId)).Where(j => j.Note == WithdrawalReasons.Moved).Select(j => j.ActivityId).Order());

        await Site.SignalAsync(signal + "-concluded", correlation);
        instance = await Site.InstanceAsync(typeId, correlation);
        Assert.Equal((WorkflowStatus.Finished, "meeting"), (instance.Status, instance.Property("Decided")));
    }

    [Fact]
    public async Task Moving_to_a_version_that_leaves_an_instance_nothing_to_wait_on_ends_it_as_aborted()
    {
        var (typeId, signal) = await DefineForkAsync(joinOnAny: true);
        var correlation = Guid.NewGuid().ToString("N");
        await Site.SignalAsync(signal, correlation, new JsonObject { ["Name"] = "Caféen" });
        var instance = await Site.InstanceAsync(typeId, correlation);
        await Site.SaveWorkflowTypeAsync(new WorkflowTypeBuilder(typeId)
            .Start("start", "SignalEvent", Signal(signal))
            .Then("decided", "SetPropertyTask", SetProperty("Decided", "at once"))
            .Connect("start", "Done", "decided")
            .Build());

        await Client.LoginAsAdminAsync();
        var moveUrl = WorkflowAdminUrls.Move(typeId);
        var dryRun = WebUtility.HtmlDecode(await Client.GetStringAsync(moveUrl));
        Assert.Contains("Version 2 efterlader intet, den kan vente på: forløbet afbrydes.", dryRun, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.PostFormAsync(moveUrl, moveUrl, [])).StatusCode);

        instance = await Site.InstanceAsync(typeId, correlation);
        Assert.Equal((2, WorkflowStatus.Aborted), (instance.TypeVersion, instance.Status));
        Assert.Equal(WorkflowTaskStatus.Cancelled, (await TaskOfAsync(instance.WorkflowId)).Status);
        Assert.Empty(await Site.BlockingAsync(instance.WorkflowId));
    }

    /// <summary>
    /// A signal starts it; it forks into the secretariat's review (a task due in three days, "Approve") and a deadline two days
    /// on, joined on any (or on all), which records which came first in Decided. <paramref name="alsoWaitFor"/> adds a third
    /// branch waiting for a signal.
    /// </summary>
    private async Task<(string TypeId, string Signal)> DefineForkAsync(bool joinOnAny, string? alsoWaitFor = null)
    {
        var signal = "application-" + Guid.NewGuid().ToString("N");
        var forks = new JsonArray("Review", "Deadline");
        var builder = new WorkflowTypeBuilder(UniqueId("fork"))
            .Start("start", "SignalEvent", Signal(signal))
            .Then("fork", "ForkTask", new JsonObject { ["Forks"] = forks })
            .Then("review", "UserTaskEvent", new JsonObject
            {
                ["Title"] = new JsonObject { ["Expression"] = "Behandl ansøgningen fra {{ Input.Name }}" },
                ["Roles"] = new JsonArray(CmsRoles.Secretariat),
                ["Actions"] = new JsonArray("Approve"),
                ["DueAfter"] = "3.00:00:00",
            })
            .Then("deadline", "WaitUntilTask", new JsonObject { ["Offset"] = "P2D" })
            .Then("review-first", "SetPropertyTask", SetProperty("Decided", "review"))
            .Then("deadline-first", "SetPropertyTask", SetProperty("Decided", "deadline"))
            .Then("join", "JoinTask", new JsonObject { ["Mode"] = joinOnAny ? "WaitAny" : "WaitAll" })
            .Then("decided", "LogTask", new JsonObject { ["Text"] = new JsonObject { ["Expression"] = "joined" } })
            .Connect("start", "Done", "fork")
            .Connect("fork", "Review", "review")
            .Connect("fork", "Deadline", "deadline")
            .Connect("review", "Approve", "review-first")
            .Connect("deadline", "Done", "deadline-first")
            .Connect("review-first", "Done", "join")
            .Connect("deadline-first", "Done", "join")
            .Connect("join", "Joined", "decided");
        if (alsoWaitFor is not null)
        {
            forks.Add(alsoWaitFor);
            builder.Then(alsoWaitFor, "SignalEvent", Signal(signal + "-" + alsoWaitFor)).Connect("fork", alsoWaitFor, alsoWaitFor);
        }

        var draft = builder.Build();
        await Site.SaveWorkflowTypeAsync(draft);
        return (draft.WorkflowTypeId, signal);
    }

    private async Task<HttpClient> SecretaryAsync()
    {
        var userName = $"sekr-{Guid.NewGuid():N}"[..14];
        await Site.CreateUserAsync(userName, Password, CmsRoles.Secretariat);
        var client = Site.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(userName, Password)).StatusCode);
        return client;
    }

    private Task<WorkflowTask> TaskOfAsync(string workflowId) => Site.TaskOfAsync(workflowId);

    private Task<List<WorkflowJournalEntry>> JournalOfAsync(string workflowId) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowJournalEntry>().AsNoTracking()
            .Where(j => j.WorkflowId == workflowId).OrderBy(j => j.Id).ToListAsync());

    private Task<WorkItem?> WorkRowAsync(string key) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkItem>().AsNoTracking().FirstOrDefaultAsync(w => w.Key == key));

    private Task<List<WorkItem>> ResumeRowsAsync(string workflowId, string activityId)
    {
        var prefix = $"workflow.resume:{workflowId}:{activityId}:";
        return Site.WithScopeAsync(async s =>
        {
            var rows = await s.GetRequiredService<LtkDbContext>().Set<WorkItem>().AsNoTracking().Where(w => w.Key.StartsWith(prefix)).ToListAsync();
            Assert.NotEmpty(rows);
            return rows;
        });
    }

    private static async Task<List<string>> InboxAsync(HttpClient client) =>
        TaskIdPattern().Matches(await client.GetStringAsync(TaskUrls.Inbox + "?filter=Open")).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The number beside "Opgaver" in the admin menu; no number is none.</summary>
    private static async Task<int> MenuCountAsync(HttpClient client) =>
        MenuCount().Match(await client.GetStringAsync("/admin")) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex("data-task-id=\"([^\"]+)\"")]
    private static partial Regex TaskIdPattern();

    [GeneratedRegex("name=\"Stamp\" value=\"([^\"]+)\"")]
    private static partial Regex StampPattern();

    [GeneratedRegex("href=\"/admin/tasks\"[^>]*>Opgaver\\s*<span class=\"admin-nav-count\" aria-hidden=\"true\">([0-9]+)</span>")]
    private static partial Regex MenuCount();
}
