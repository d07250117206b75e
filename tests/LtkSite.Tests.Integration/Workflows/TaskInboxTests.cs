using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Core.Security;
using Cms.Email.Models;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Cms.Workflows.Tasks;
using LtkSite.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Workflows;

public sealed class TaskInboxTests_Sqlite(SqliteTaskSiteFixture fixture) : TaskInboxTests<SqliteTaskSiteFixture>(fixture), IClassFixture<SqliteTaskSiteFixture>;

public sealed class TaskInboxTests_Postgres(PostgresTaskSiteFixture fixture) : TaskInboxTests<PostgresTaskSiteFixture>(fixture), IClassFixture<PostgresTaskSiteFixture>;

/// <summary>The secretariat's task inbox over HTTP, as its users reach it: a workflow leaves a task, people claim, give and act on it.</summary>
public abstract partial class TaskInboxTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : TaskSiteFixture
{
    private const string Password = "Task-inbox-password-1";

    [Fact]
    public async Task A_secretariat_user_claims_the_task_and_acts_and_the_workflow_goes_on_along_that_action_once()
    {
        var (typeId, signal) = await DefineReviewWorkflowAsync("DueAfter", "3.00:00:00");
        var anna = await UserAsync("anna", CmsRoles.Secretariat);
        var bo = await UserAsync("bo", CmsRoles.Secretariat);
        var correlation = Guid.NewGuid().ToString("N");
        await Site.SignalAsync(signal, correlation, new JsonObject { ["Name"] = "Foreningen Sammen" });

        var instance = await Site.InstanceAsync(typeId, correlation);
        Assert.Equal(WorkflowStatus.Halted, instance.Status);
        var task = await TaskOfAsync(instance.WorkflowId);
        Assert.Equal("Behandl ansøgningen fra Foreningen Sammen", task.Title);
        Assert.Equal(WorkflowTaskStatus.Open, task.Status);
        Assert.Equal("Secretariat", task.Roles);

        // Unassigned in her roles, not yet hers; the menu counts it.
        Assert.Contains(task.TaskId, await ListAsync(anna.Client, "Unassigned"));
        Assert.DoesNotContain(task.TaskId, await ListAsync(anna.Client, "Mine"));
        Assert.Matches(MenuCount(), await anna.Client.GetStringAsync("/admin"));

        var claim = await PostAsync(anna.Client, task.TaskId, "claim", []);
        Assert.Contains("Du har taget", await FollowAsync(anna.Client, claim), StringComparison.Ordinal);
        Assert.Contains(task.TaskId, await ListAsync(anna.Client, "Mine"));
        Assert.DoesNotContain(task.TaskId, await ListAsync(anna.Client, "Unassigned"));

        // Bo opens the task page while it is still open; Anna acts first.
        var boPage = await bo.Client.GetStringAsync(TaskUrls.Task(task.TaskId));
        var acted = await PostAsync(anna.Client, task.TaskId, "act", [new("Action", "Approve"), new("Comment", "Opfylder puljens kriterier.")]);
        Assert.Contains("er løst: Approve", await FollowAsync(anna.Client, acted), StringComparison.Ordinal);

        instance = await Site.InstanceAsync(typeId, correlation);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal("approved", instance.Property("Decision"));
        var journal = await JournalOfAsync(instance.WorkflowId, "review");
        var resumed = Assert.Single(journal, j => !j.Halted);
        Assert.Equal(("Approve", anna.Name, "Opfylder puljens kriterier."), (resumed.Outcomes, resumed.UserName, resumed.Note));

        // Bo's page is stale: his act says who handled it and when, and the workflow is not resumed again.
        var second = await PostWithPageAsync(bo.Client, boPage, TaskUrls.Task(task.TaskId) + "/act", [new("Action", "Reject"), new("Comment", "")]);
        var message = await FollowAsync(bo.Client, second);
        var completed = (await TaskOfAsync(instance.WorkflowId)).CompletedUtc!.Value;
        var siteTime = Site.Services.GetRequiredService<SiteTimeZone>();
        Assert.Contains($"Opgaven er allerede behandlet af {anna.Name} den {siteTime.ToLocal(completed):dd.MM.yyyy} kl. {siteTime.ToLocal(completed):HH:mm}", message, StringComparison.Ordinal);
        Assert.Single(await JournalOfAsync(instance.WorkflowId, "review"), j => !j.Halted);
        Assert.Equal("approved", (await Site.InstanceAsync(typeId, correlation)).Property("Decision"));

        var page = await anna.Client.GetStringAsync(TaskUrls.Task(task.TaskId));
        Assert.Contains("Tog opgaven.", page, StringComparison.Ordinal);
        Assert.Contains("Valgte »Approve«.", page, StringComparison.Ordinal);
        Assert.Contains("Opfylder puljens kriterier.", page, StringComparison.Ordinal);
        Assert.Contains(task.TaskId, await ListAsync(anna.Client, "Done"));
        Assert.DoesNotContain(task.TaskId, await ListAsync(anna.Client, "Open"));
    }

    [Fact]
    public async Task Two_people_acting_on_one_task_at_the_same_moment_resume_the_workflow_once_and_the_other_is_told()
    {
        var (typeId, signal) = await DefineReviewWorkflowAsync("DueAfter", "3.00:00:00");
        var anna = await UserAsync("anna", CmsRoles.Secretariat);
        var bo = await UserAsync("bo", CmsRoles.Secretariat);
        var correlation = Guid.NewGuid().ToString("N");
        await Site.SignalAsync(signal, correlation, new JsonObject { ["Name"] = "Kvindernetværket" });
        var task = await TaskOfAsync((await Site.InstanceAsync(typeId, correlation)).WorkflowId);
        var annasPage = await anna.Client.GetStringAsync(TaskUrls.Task(task.TaskId));
        var bosPage = await bo.Client.GetStringAsync(TaskUrls.Task(task.TaskId));

        // When the two really overlap, the database refuses the second save (a duplicate event receipt or a changed
        // stamp), and EF logs that refused save as an error before the inbox turns it into the message below.
        Site.Logs.ExpectContaining("An exception occurred in the database while saving changes");
        var responses = await Task.WhenAll(
            Task.Run(() => PostWithPageAsync(anna.Client, annasPage, TaskUrls.Task(task.TaskId) + "/act", [new("Action", "Approve")])),
            Task.Run(() => PostWithPageAsync(bo.Client, bosPage, TaskUrls.Task(task.TaskId) + "/act", [new("Action", "Reject")])));
        var messages = new[] { await FollowAsync(anna.Client, responses[0]), await FollowAsync(bo.Client, responses[1]) };

        Assert.Single(messages, m => m.Contains("er løst:", StringComparison.Ordinal));
        Assert.Single(messages, m => m.Contains("Opgaven er allerede behandlet af", StringComparison.Ordinal));
        var instance = await Site.InstanceAsync(typeId, correlation);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var resumed = Assert.Single(await JournalOfAsync(instance.WorkflowId, "review"), j => !j.Halted);
        var done = await TaskOfAsync(instance.WorkflowId);
        Assert.Equal((done.Outcome, done.CompletedBy), (resumed.Outcomes, resumed.UserName));
        Assert.Equal(done.Outcome == "Approve" ? "approved" : "rejected", instance.Property("Decision"));
    }

    [Fact]
    public async Task The_inbox_lists_the_tasks_of_the_chosen_workflow_type()
    {
        var anna = await UserAsync("anna", CmsRoles.Secretariat);
        var grants = await StartReviewAsync("DueAfter", "3.00:00:00");
        var prize = await StartReviewAsync("DueAfter", "3.00:00:00");

        var inbox = await anna.Client.GetStringAsync(TaskUrls.Inbox);
        Assert.Contains($"<option value=\"{grants.WorkflowTypeId}\">", inbox, StringComparison.Ordinal);
        var listed = TaskIdPattern().Matches(await anna.Client.GetStringAsync($"{TaskUrls.Inbox}?filter=Open&type={grants.WorkflowTypeId}")).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([grants.TaskId], listed);
        Assert.DoesNotContain(prize.TaskId, listed);
    }

    [Fact]
    public async Task A_user_task_without_roles_or_actions_is_refused_when_the_type_is_saved_saying_what_to_fix()
    {
        var workflow = new WorkflowTypeBuilder(WorkflowTypeBuilder.UniqueId("broken"))
            .Start("received", "SignalEvent", WorkflowTypeBuilder.Signal("broken"))
            .Then("review", "UserTaskEvent", new JsonObject { ["DueAfter"] = "tre dage" })
            .Connect("received", "Done", "review")
            .Build();

        var refused = await Assert.ThrowsAsync<Cms.Workflows.Services.WorkflowValidationException>(() => Site.SaveWorkflowTypeAsync(workflow));
        Assert.Contains(refused.Errors, e => e.Contains("(Actions)", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.Contains("(Roles)", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.Contains("DueAfter 'tre dage' is not a time span", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_editor_has_no_inbox_no_task_page_and_no_menu_entry()
    {
        var (typeId, signal) = await DefineReviewWorkflowAsync("DueAfter", "3.00:00:00");
        var eva = await UserAsync("eva", CmsRoles.Editor);
        var correlation = Guid.NewGuid().ToString("N");
        await Site.SignalAsync(signal, correlation, new JsonObject { ["Name"] = "Café Fællesskab" });
        var task = await TaskOfAsync((await Site.InstanceAsync(typeId, correlation)).WorkflowId);

        Assert.True(IsRefused(await eva.Client.GetAsync(TaskUrls.Inbox)));
        Assert.True(IsRefused(await eva.Client.GetAsync(TaskUrls.Task(task.TaskId))));
        Assert.DoesNotContain("href=\"/admin/tasks\"", await eva.Client.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_is_given_to_a_colleague_in_its_roles_and_never_to_someone_outside_them()
    {
        var (typeId, signal) = await DefineReviewWorkflowAsync("DueAfter", "3.00:00:00");
        var anna = await UserAsync("anna", CmsRoles.Secretariat);
        var bo = await UserAsync("bo", CmsRoles.Secretariat);
        var eva = await UserAsync("eva", CmsRoles.Editor);
        var correlation = Guid.NewGuid().ToString("N");
        await Site.SignalAsync(signal, correlation, new JsonObject { ["Name"] = "Lyngby Boldklub" });
        var task = await TaskOfAsync((await Site.InstanceAsync(typeId, correlation)).WorkflowId);
        await PostAsync(anna.Client, task.TaskId, "claim", []);

        // Anna is away: Bo gives her task to himself.
        var toEditor = await PostAsync(bo.Client, task.TaskId, "reassign", [new("UserName", eva.Name), new("Comment", "")]);
        Assert.Contains("Vælg en bruger, der har en af opgavens roller", await FollowAsync(bo.Client, toEditor), StringComparison.Ordinal);
        Assert.Equal(anna.Name, (await TaskOfAsync(task.WorkflowId)).Assignee);

        var toBo = await PostAsync(bo.Client, task.TaskId, "reassign", [new("UserName", bo.Name), new("Comment", "Anna har ferie.")]);
        Assert.Contains($"er nu {bo.Name}s", await FollowAsync(bo.Client, toBo), StringComparison.Ordinal);
        Assert.Equal(bo.Name, (await TaskOfAsync(task.WorkflowId)).Assignee);
        Assert.Contains(task.TaskId, await ListAsync(bo.Client, "Mine"));
        Assert.DoesNotContain(task.TaskId, await ListAsync(anna.Client, "Mine"));

        // Anna's page from before does not act on a task that is no longer hers.
        var page = await bo.Client.GetStringAsync(TaskUrls.Task(task.TaskId));
        Assert.Contains($"Gav opgaven til {bo.Name}.", page, StringComparison.Ordinal);
        Assert.Contains("Anna har ferie.", page, StringComparison.Ordinal);
        var annas = await PostAsync(anna.Client, task.TaskId, "act", [new("Action", "Reject")]);
        Assert.Contains($"{bo.Name} har taget opgaven", await FollowAsync(anna.Client, annas), StringComparison.Ordinal);
        Assert.Equal(WorkflowTaskStatus.Open, (await TaskOfAsync(task.WorkflowId)).Status);
    }

    [Fact]
    public async Task Due_this_week_follows_the_site_week_and_an_overdue_task_is_flagged_and_mails_its_roles_once()
    {
        var anna = await UserAsync("anna", CmsRoles.Secretariat);
        var siteTime = Site.Services.GetRequiredService<SiteTimeZone>();
        var local = siteTime.ToLocal(Fixture.Clock.GetUtcNow().UtcDateTime);
        var nextMonday = siteTime.ToUtc(local.Date.AddDays(7 - (((int)local.DayOfWeek + 6) % 7)));

        var thisWeek = await StartReviewAsync("DueDate", nextMonday.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        var nextWeek = await StartReviewAsync("DueDate", nextMonday.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        var soon = await StartReviewAsync("DueAfter", "01:00:00");
        var week = await ListAsync(anna.Client, "DueThisWeek");
        Assert.Contains(thisWeek.TaskId, week);
        Assert.DoesNotContain(nextWeek.TaskId, week);
        Assert.DoesNotContain("Overskredet", await anna.Client.GetStringAsync(TaskUrls.Task(soon.TaskId)), StringComparison.Ordinal);

        Fixture.Clock.Advance(TimeSpan.FromHours(2));
        await Fixture.Runner.RunDueWorkAsync();
        await Fixture.Runner.RunDueWorkAsync();
        Fixture.Clock.Advance(TimeSpan.FromHours(1));
        await Fixture.Runner.RunDueWorkAsync();

        var row = RowOf(await anna.Client.GetStringAsync(TaskUrls.Inbox + "?filter=Open"), soon.TaskId);
        Assert.Contains("Overskredet", row, StringComparison.Ordinal);
        var page = await anna.Client.GetStringAsync(TaskUrls.Task(soon.TaskId));
        Assert.Contains("Fristen var overskredet; opgavens roller fik besked.", page, StringComparison.Ordinal);
        var mail = Assert.Single(await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<OutboxMail>().AsNoTracking()
            .Where(m => m.Source == "task-overdue:" + soon.TaskId).ToListAsync()));
        Assert.Contains(anna.Email, mail.To, StringComparison.Ordinal);
        Assert.Equal("Overskredet frist: Behandl ansøgningen fra Ansøger", mail.Subject);
        // A full address, so the link works from a mail program; the mail is written by the work queue, outside any request.
        Assert.Equal("http://localhost" + TaskUrls.Task(soon.TaskId), mail.Link);
        Assert.Contains("http://localhost" + TaskUrls.Task(soon.TaskId), mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aborting_a_workflow_takes_its_open_task_out_of_the_inbox_and_no_escalation_mail_follows()
    {
        var anna = await UserAsync("anna", CmsRoles.Secretariat);
        var task = await StartReviewAsync("DueAfter", "01:00:00");
        Assert.Contains(task.TaskId, await ListAsync(anna.Client, "Open"));

        Assert.True(await Site.WithScopeAsync(async s =>
        {
            var aborted = await s.GetRequiredService<WorkflowManager>().AbortAsync(task.WorkflowId);
            await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            return aborted;
        }));

        Assert.DoesNotContain(task.TaskId, await ListAsync(anna.Client, "Open"));
        Assert.DoesNotContain(task.TaskId, await ListAsync(anna.Client, "Unassigned"));
        Assert.Equal(WorkflowTaskStatus.Cancelled, (await TaskOfAsync(task.WorkflowId)).Status);

        Fixture.Clock.Advance(TimeSpan.FromHours(2));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Empty(await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<OutboxMail>().AsNoTracking()
            .Where(m => m.Source == "task-overdue:" + task.TaskId).ToListAsync()));
    }

    private async Task<WorkflowTask> StartReviewAsync(string dueSetting, string due)
    {
        var (typeId, signal) = await DefineReviewWorkflowAsync(dueSetting, due);
        var correlation = Guid.NewGuid().ToString("N");
        await Site.SignalAsync(signal, correlation, new JsonObject { ["Name"] = "Ansøger" });
        return await TaskOfAsync((await Site.InstanceAsync(typeId, correlation)).WorkflowId);
    }

    /// <summary>A signal starts it; the secretariat reviews ("Approve" or "Reject"), which sets the property Decision.</summary>
    private async Task<(string TypeId, string Signal)> DefineReviewWorkflowAsync(string dueSetting, string due)
    {
        var signal = "application-" + Guid.NewGuid().ToString("N");
        var review = new JsonObject
        {
            ["Title"] = new JsonObject { ["Expression"] = "Behandl ansøgningen fra {{ Input.Name }}" },
            ["Instructions"] = new JsonObject { ["Expression"] = "Læs ansøgningen fra {{ Input.Name }} og vurder den efter puljens kriterier." },
            ["Roles"] = new JsonArray(CmsRoles.Secretariat),
            ["Actions"] = new JsonArray("Approve", "Reject"),
            [dueSetting] = dueSetting == "DueDate" ? new JsonObject { ["Expression"] = due } : due,
        };
        var workflow = new WorkflowTypeBuilder(WorkflowTypeBuilder.UniqueId("review"))
            .Start("received", "SignalEvent", WorkflowTypeBuilder.Signal(signal))
            .Then("review", "UserTaskEvent", review)
            .Then("approved", "SetPropertyTask", WorkflowTypeBuilder.SetProperty("Decision", "approved"))
            .Then("rejected", "SetPropertyTask", WorkflowTypeBuilder.SetProperty("Decision", "rejected"))
            .Connect("received", "Done", "review")
            .Connect("review", "Approve", "approved")
            .Connect("review", "Reject", "rejected")
            .Build();
        await Site.SaveWorkflowTypeAsync(workflow);
        return (workflow.WorkflowTypeId, signal);
    }

    private sealed record User(string Name, string Email, HttpClient Client);

    private async Task<User> UserAsync(string name, string role)
    {
        var userName = $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)];
        var email = userName + "@ltk.example";
        await Site.CreateUserAsync(userName, Password, role);
        await Site.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<CmsUser>>();
            var user = await users.FindByNameAsync(userName);
            return await users.SetEmailAsync(user!, email);
        });
        var client = Site.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(userName, Password)).StatusCode);
        return new User(userName, email, client);
    }

    private Task<WorkflowTask> TaskOfAsync(string workflowId) => Site.TaskOfAsync(workflowId);

    private Task<List<WorkflowJournalEntry>> JournalOfAsync(string workflowId, string activityId) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowJournalEntry>().AsNoTracking()
            .Where(j => j.WorkflowId == workflowId && j.ActivityId == activityId).OrderBy(j => j.Id).ToListAsync());

    /// <summary>The ids of the tasks a view of the inbox lists.</summary>
    private static async Task<List<string>> ListAsync(HttpClient client, string filter)
    {
        var response = await client.GetAsync(TaskUrls.Inbox + "?filter=" + filter);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return TaskIdPattern().Matches(await response.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
    }

    /// <summary>Posts one of the task page's forms the way its page was when the user opened it (its stamp and token).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string taskId, string change, KeyValuePair<string, string>[] fields) =>
        await PostWithPageAsync(client, await client.GetStringAsync(TaskUrls.Task(taskId)), TaskUrls.Task(taskId) + "/" + change, fields);

    private static Task<HttpResponseMessage> PostWithPageAsync(HttpClient client, string page, string url, KeyValuePair<string, string>[] fields)
    {
        var stamp = StampPattern().Match(page).Groups[1].Value;
        return client.PostAsync(url, new FormUrlEncodedContent([.. fields, new("Stamp", stamp), new("__RequestVerificationToken", HttpClientExtensions.ExtractAntiforgeryToken(page))]));
    }

    private static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
    }

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } to
            && (to.IsAbsoluteUri ? to.AbsolutePath : to.OriginalString.Split('?')[0]) == "/access-denied");

    private static string RowOf(string html, string taskId)
    {
        var start = html.IndexOf($"data-task-id=\"{taskId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The task is not listed.");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("data-task-id=\"([^\"]+)\"")]
    private static partial Regex TaskIdPattern();

    [GeneratedRegex("name=\"Stamp\" value=\"([^\"]+)\"")]
    private static partial Regex StampPattern();

    [GeneratedRegex("href=\"/admin/tasks\"[^>]*>Opgaver\\s*<span class=\"admin-nav-count\" aria-hidden=\"true\">[1-9][0-9]*</span>")]
    private static partial Regex MenuCount();
}
