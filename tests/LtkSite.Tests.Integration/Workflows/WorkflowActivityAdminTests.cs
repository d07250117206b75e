using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Core.Data;
using Cms.Workflows.Models;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LtkSite.Tests.Integration.Workflows.WorkflowTypeBuilder;

namespace LtkSite.Tests.Integration.Workflows;

public sealed class WorkflowActivityAdminTests_Sqlite(SqliteWorkflowSiteFixture fixture) : WorkflowActivityAdminTests<SqliteWorkflowSiteFixture>(fixture), IClassFixture<SqliteWorkflowSiteFixture>;

public sealed class WorkflowActivityAdminTests_Postgres(PostgresWorkflowSiteFixture fixture) : WorkflowActivityAdminTests<PostgresWorkflowSiteFixture>(fixture), IClassFixture<PostgresWorkflowSiteFixture>;

/// <summary>
/// A workflow type edited one activity at a time through the admin's forms, as an administrator in the Danish admin:
/// adding a user task from the catalogue, its settings with errors at the fields, transitions added, refused and
/// removed, an activity removed; every save a new version, and a waiting instance staying on the version it started on.
/// </summary>
public abstract class WorkflowActivityAdminTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : WorkflowSiteFixture
{
    /// <summary>A type made through the create page and given "start" (a signal) → "wait" (a second signal) with the JSON editor: version 2.</summary>
    private async Task<(string TypeId, string Start, string Concluded)> CreateTypeAsync()
    {
        var start = UniqueId("submitted");
        var concluded = UniqueId("concluded");
        var name = "Tilskud " + UniqueId("forms");
        var created = await Client.PostFormAsync("/admin/workflows/create", "/admin/workflows/create", [new("Name", name)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var typeId = created.Headers.Location!.OriginalString["/admin/workflows/".Length..];
        var document = new JsonObject
        {
            ["Activities"] = new JsonArray(
                Activity("start", "SignalEvent", "Ansøgning modtaget", true, Signal(start)),
                Activity("wait", "SignalEvent", "Afventer møde", false, Signal(concluded))),
            ["Transitions"] = new JsonArray(new JsonObject { ["SourceActivityId"] = "start", ["SourceOutcomeName"] = "Done", ["DestinationActivityId"] = "wait" }),
        }.ToJsonString();
        var saved = await Client.PostFormAsync($"/admin/workflows/{typeId}", $"/admin/workflows/{typeId}",
        [
            new("Name", name), new("IsEnabled", "true"), new("LockTimeout", "0"), new("LockExpiration", "0"), new("Definition", document), new("BaseVersion", "1"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (typeId, start, concluded);
    }

    private static JsonObject Activity(string id, string name, string title, bool start, JsonObject properties)
    {
        properties["ActivityMetadata"] = new JsonObject { ["Title"] = title };
        return new JsonObject { ["ActivityId"] = id, ["Name"] = name, ["IsStart"] = start, ["Properties"] = properties };
    }

    private Task<(int Latest, WorkflowDefinition Definition)> StoredAsync(string typeId) =>
        Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<LtkDbContext>();
            var latest = await db.Set<WorkflowType>().AsNoTracking().Where(t => t.WorkflowTypeId == typeId).Select(t => t.LatestVersion).SingleAsync();
            var version = await db.Set<WorkflowTypeVersion>().AsNoTracking().SingleAsync(v => v.WorkflowTypeId == typeId && v.Version == latest);
            return (latest, version.Definition);
        });

    private static List<KeyValuePair<string, string>> UserTaskForm(int baseVersion, string? role)
    {
        List<KeyValuePair<string, string>> form =
        [
            new("Title", "Behandl ansøgningen"),
            new("Settings.Title", "Behandl {{ Input.DisplayText }}"),
            new("Settings.Instructions", "Læs ansøgningen og budgettet.\nVurdér den efter puljens kriterier."),
            new("Settings.DueAfter", "3.00:00:00"),
            new("Settings.DueDate", ""),
            new("Settings.Actions", "Godkend\r\nAfvis\r\n"),
            new("BaseVersion", baseVersion.ToString(CultureInfo.InvariantCulture)),
        ];
        if (role is not null)
        {
            form.Add(new("Settings.Roles", role));
        }

        return form;
    }

    private static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));

    private static string Summary(string html) => Text(Regex.Match(html, "<div class=\"error-summary\".*?</div>", RegexOptions.Singleline).Value);

    private static string FieldError(string html, string name) =>
        Text(Regex.Match(html, $"<span class=\"form-error-message\" id=\"{Regex.Escape(name)}-error\">(.*?)</span>", RegexOptions.Singleline).Groups[1].Value).Trim();

    private static string InputValue(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"<input[^>]*id=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);

    private static string TextareaValue(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"<textarea[^>]*id=\"{Regex.Escape(name)}\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline).Groups[1].Value).Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\n');

    [Fact]
    public async Task A_user_task_added_through_the_forms_is_version_N_plus_1_while_a_waiting_instance_stays_on_N_then_transitions_and_removal_make_more_versions()
    {
        await Client.LoginAsAdminAsync();
        var (typeId, start, concluded) = await CreateTypeAsync();
        await Site.SignalAsync(start, "ans-1");
        var waiting = await Site.InstanceAsync(typeId, "ans-1");
        Assert.Equal(WorkflowStatus.Halted, waiting.Status);
        Assert.Equal(2, waiting.TypeVersion);

        // The type editor links each activity's settings and the catalogue.
        var editor = await Client.GetStringAsync($"/admin/workflows/{typeId}");
        Assert.Contains($"href=\"/admin/workflows/{typeId}/activities/wait\"", editor, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/workflows/{typeId}/activities/add\"", editor, StringComparison.Ordinal);

        var catalogue = await Client.GetStringAsync($"/admin/workflows/{typeId}/activities/add");
        HtmlValidator.AssertValid(catalogue, "the activity catalogue");
        Assert.Contains($"href=\"/admin/workflows/{typeId}/activities/add/UserTask\">Brugeropgave</a>", catalogue, StringComparison.Ordinal);

        var form = await Client.GetStringAsync($"/admin/workflows/{typeId}/activities/add/UserTask");
        HtmlValidator.AssertValid(form, "the user task's settings form");
        Assert.Contains("<legend class=\"form-label\">Roller (skal udfyldes)</legend>", form, StringComparison.Ordinal);
        Assert.Contains("value=\"Secretariat\"", form, StringComparison.Ordinal);

        var added = await Client.PostFormAsync($"/admin/workflows/{typeId}/activities/add/UserTask", $"/admin/workflows/{typeId}/activities/add/UserTask", UserTaskForm(2, "Secretariat"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/admin/workflows/{typeId}/activities/usertask-1", added.Headers.Location!.OriginalString);
        var (latest, definition) = await StoredAsync(typeId);
        Assert.Equal(3, latest);
        var task = definition.FindActivity("usertask-1")!;
        Assert.Equal("UserTask", task.Name);
        Assert.False(task.IsStart);
        Assert.Equal("Behandl ansøgningen", task.Title);
        Assert.Equal("Behandl {{ Input.DisplayText }}", task.Properties["Title"]!["Expression"]!.GetValue<string>());
        Assert.Equal("Læs ansøgningen og budgettet.\nVurdér den efter puljens kriterier.", task.Properties["Instructions"]!["Expression"]!.GetValue<string>());
        Assert.Equal("[\"Secretariat\"]", task.Properties["Roles"]!.ToJsonString());
        Assert.Equal("[\"Godkend\",\"Afvis\"]", task.Properties["Actions"]!.ToJsonString());
        Assert.Equal("3.00:00:00", task.Properties["DueAfter"]!.GetValue<string>());
        Assert.False(task.Properties.ContainsKey("DueDate"));
        Assert.Equal(2, (await Site.InstanceAsync(typeId, "ans-1")).TypeVersion);

        var page = await Client.GetStringAsync($"/admin/workflows/{typeId}/activities/usertask-1");
        HtmlValidator.AssertValid(page, "the user task's page");
        Assert.Contains("blev tilføjet, og version 3 blev gemt.", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Behandl ansøgningen: Brugeropgave</h1>", page, StringComparison.Ordinal);

        // wait --Done--> the user task.
        var transition = await Client.PostFormAsync($"/admin/workflows/{typeId}/activities/wait", $"/admin/workflows/{typeId}/activities/wait/transitions",
            [new("SourceOutcomeName", "Done"), new("DestinationActivityId", "usertask-1")]);
        Assert.Equal(HttpStatusCode.Redirect, transition.StatusCode);
        (latest, definition) = await StoredAsync(typeId);
        Assert.Equal(4, latest);
        Assert.Contains(new TransitionRecord("wait", "Done", "usertask-1"), definition.Transitions);
        var waitPage = await Client.GetStringAsync($"/admin/workflows/{typeId}/activities/wait");
        Assert.Contains("Overgangen Færdig → Behandl ansøgningen blev tilføjet, og version 4 blev gemt.", waitPage, StringComparison.Ordinal);
        Assert.Contains("<tr data-outcome=\"Done\" data-to=\"usertask-1\">", waitPage, StringComparison.Ordinal);

        // An outcome the user task does not have is refused, saying which it has.
        var refused = await Client.PostFormAsync($"/admin/workflows/{typeId}/activities/usertask-1", $"/admin/workflows/{typeId}/activities/usertask-1/transitions",
            [new("SourceOutcomeName", "Nope"), new("DestinationActivityId", "start")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        HtmlValidator.AssertValid(refusedHtml, "a refused transition");
        const string noOutcome = "Behandl ansøgningen har intet udfald 'Nope'. Dens udfald er: Godkend, Afvis.";
        Assert.Equal(noOutcome, FieldError(refusedHtml, "SourceOutcomeName"));
        Assert.Contains(noOutcome, Summary(refusedHtml), StringComparison.Ordinal);
        Assert.Contains("href=\"#SourceOutcomeName\"", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("<option value=\"start\" selected=\"selected\">", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(4, (await StoredAsync(typeId)).Latest);

        // Its own action goes back to the start: accepted.
        var loop = await Client.PostFormAsync($"/admin/workflows/{typeId}/activities/usertask-1", $"/admin/workflows/{typeId}/activities/usertask-1/transitions",
            [new("SourceOutcomeName", "Afvis"), new("DestinationActivityId", "wait")]);
        Assert.Equal(HttpStatusCode.Redirect, loop.StatusCode);
        Assert.Equal(5, (await StoredAsync(typeId)).Latest);

        var removed = await Client.PostFormAsync($"/admin/workflows/{typeId}/activities/usertask-1", $"/admin/workflows/{typeId}/activities/usertask-1/transitions/remove",
            [new("SourceOutcomeName", "Afvis"), new("DestinationActivityId", "wait")]);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        (latest, definition) = await StoredAsync(typeId);
        Assert.Equal(6, latest);
        Assert.DoesNotContain(definition.Transitions, t => t.SourceActivityId == "usertask-1");
        Assert.Contains(new TransitionRecord("wait", "Done", "usertask-1"), definition.Transitions);

        // Removing the task asks first, naming the transition that goes with it.
        var confirm = await Client.GetStringAsync($"/admin/workflows/{typeId}/activities/usertask-1/delete");
        HtmlValidator.AssertValid(confirm, "the confirm page of removing an activity");
        Assert.Contains("Afventer møde: Færdig → Behandl ansøgningen", Text(confirm), StringComparison.Ordinal);
        Assert.Equal(6, (await StoredAsync(typeId)).Latest);
        var deleted = await Client.PostFormAsync($"/admin/workflows/{typeId}/activities/usertask-1/delete", $"/admin/workflows/{typeId}/activities/usertask-1/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        (latest, definition) = await StoredAsync(typeId);
        Assert.Equal(7, latest);
        Assert.Null(definition.FindActivity("usertask-1"));
        Assert.Equal(new[] { new TransitionRecord("start", "Done", "wait") }, definition.Transitions);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/admin/workflows/{typeId}/activities/usertask-1")).StatusCode);

        // The waiting instance never moved: it resumes on version 2, where it started.
        await Site.SignalAsync(concluded, "ans-1");
        var finished = await Site.InstanceAsync(typeId, "ans-1");
        Assert.Equal(2, finished.TypeVersion);
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
    }

    [Fact]
    public async Task A_user_task_without_a_role_comes_back_with_the_message_at_the_field_and_every_value_kept()
    {
        await Client.LoginAsAdminAsync();
        var (typeId, _, _) = await CreateTypeAsync();

        var response = await Client.PostFormAsync($"/admin/workflows/{typeId}/activities/add/UserTask", $"/admin/workflows/{typeId}/activities/add/UserTask", UserTaskForm(2, role: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        HtmlValidator.AssertValid(html, "the user task's form with an error");
        Assert.Equal("Vælg mindst én under “Roller”.", FieldError(html, "Settings.Roles"));
        Assert.Contains("Vælg mindst én under “Roller”.", Summary(html), StringComparison.Ordinal);
        Assert.Contains("href=\"#Settings.Roles\"", html, StringComparison.Ordinal);
        Assert.Contains("<fieldset class=\"form-group form-error\" id=\"Settings.Roles\"", html, StringComparison.Ordinal);
        // One message for the missing roles, not the form's and the activity's both.
        Assert.DoesNotContain("(Roles)", html, StringComparison.Ordinal);
        Assert.Equal("Behandl ansøgningen", InputValue(html, "Title"));
        Assert.Equal("Behandl {{ Input.DisplayText }}", InputValue(html, "Settings.Title"));
        Assert.Equal("Læs ansøgningen og budgettet.\nVurdér den efter puljens kriterier.", TextareaValue(html, "Settings.Instructions"));
        Assert.Equal("3.00:00:00", InputValue(html, "Settings.DueAfter"));
        Assert.Equal("Godkend\nAfvis\n", TextareaValue(html, "Settings.Actions"));
        Assert.Equal(2, (await StoredAsync(typeId)).Latest);

        // A time span it cannot read is the activity's own check, in Danish at its field, with the other values kept.
        var form = UserTaskForm(2, "Secretariat").Select(f => f.Key == "Settings.DueAfter" ? new KeyValuePair<string, string>(f.Key, "tre dage") : f).ToList();
        var badDue = await (await Client.PostFormAsync($"/admin/workflows/{typeId}/activities/add/UserTask", $"/admin/workflows/{typeId}/activities/add/UserTask", form)).Content.ReadAsStringAsync();
        Assert.Equal("DueAfter 'tre dage' er ikke et tidsrum; skriv dage.timer:minutter:sekunder, fx 3.00:00:00 for tre dage.", FieldError(badDue, "Settings.DueAfter"));
        Assert.Contains("id=\"Settings.Roles-0\" name=\"Settings.Roles\" value=\"", badDue, StringComparison.Ordinal);
        Assert.Matches("<input type=\"checkbox\" id=\"Settings\\.Roles-\\d+\" name=\"Settings\\.Roles\" value=\"Secretariat\" checked=\"checked\">", badDue);
        Assert.Equal(2, (await StoredAsync(typeId)).Latest);
    }

    [Fact]
    public async Task The_timer_brings_its_own_editor_that_shows_when_it_occurs_and_an_edit_keeps_what_the_form_does_not_show()
    {
        await Client.LoginAsAdminAsync();
        var (typeId, _, _) = await CreateTypeAsync();

        var bad = await Client.PostFormAsync($"/admin/workflows/{typeId}/activities/add/TimerEvent", $"/admin/workflows/{typeId}/activities/add/TimerEvent",
            [new("Title", "Hver mandag"), new("IsStart", "true"), new("CronExpression", "every monday"), new("BaseVersion", "2")]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        HtmlValidator.AssertValid(badHtml, "the timer's form with an error");
        Assert.StartsWith("CronExpression 'every monday' er ikke et cron-udtryk", FieldError(badHtml, "CronExpression"), StringComparison.Ordinal);
        Assert.Equal("every monday", InputValue(badHtml, "CronExpression"));
        Assert.Contains("id=\"IsStart\" name=\"IsStart\" value=\"true\" checked=\"checked\"", badHtml, StringComparison.Ordinal);

        var good = await Client.PostFormAsync($"/admin/workflows/{typeId}/activities/add/TimerEvent", $"/admin/workflows/{typeId}/activities/add/TimerEvent",
            [new("Title", "Hver mandag"), new("IsStart", "true"), new("CronExpression", "0 9 * * 1"), new("BaseVersion", "2")]);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var (latest, definition) = await StoredAsync(typeId);
        Assert.Equal(3, latest);
        var timer = definition.FindActivity("timerevent-1")!;
        Assert.True(timer.IsStart);
        Assert.Equal("0 9 * * 1", timer.Properties["CronExpression"]!.GetValue<string>());
        var page = await Client.GetStringAsync(good.Headers.Location!.OriginalString);
        Assert.Matches(@"<div class=""form-group"" id=""next-occurrences"">.*?<li>\d\d\.\d\d\.\d{4} 09:00</li>", page.ReplaceLineEndings(" "));

        // The signal's form changes its name; the title and a key an import brought stay, and the expression keeps its shape.
        var signal = definition.FindActivity("wait")!;
        Assert.IsType<JsonObject>(signal.Properties["SignalName"]);
        var edited = await Client.PostFormAsync($"/admin/workflows/{typeId}/activities/wait", $"/admin/workflows/{typeId}/activities/wait",
            [new("Title", "Afventer rådsmødet"), new("Settings.SignalName", "møde afsluttet"), new("BaseVersion", "3")]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        (latest, definition) = await StoredAsync(typeId);
        Assert.Equal(4, latest);
        Assert.Equal("Afventer rådsmødet", definition.FindActivity("wait")!.Title);
        Assert.Equal("møde afsluttet", definition.FindActivity("wait")!.Properties["SignalName"]!["Expression"]!.GetValue<string>());

        // A save from a page read before someone else's save is refused with the values kept.
        var stale = await Client.PostFormAsync($"/admin/workflows/{typeId}/activities/wait", $"/admin/workflows/{typeId}/activities/wait",
            [new("Title", "Afventer mødet"), new("Settings.SignalName", "møde holdt"), new("BaseVersion", "3")]);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var staleHtml = await stale.Content.ReadAsStringAsync();
        Assert.Contains("En anden gemte version 4, mens du redigerede version 3.", Summary(staleHtml), StringComparison.Ordinal);
        Assert.Equal("møde holdt", InputValue(staleHtml, "Settings.SignalName"));
        Assert.Contains("name=\"BaseVersion\" value=\"4\"", staleHtml, StringComparison.Ordinal);
        Assert.Equal(4, (await StoredAsync(typeId)).Latest);
    }

    [Fact]
    public async Task The_Danish_admin_shows_every_activity_by_its_Danish_name_and_category()
    {
        await Client.LoginAsAdminAsync();
        var (typeId, _, _) = await CreateTypeAsync();

        var catalogue = Text(await Client.GetStringAsync($"/admin/workflows/{typeId}/activities/add"));

        foreach (var name in new[] { "Brugeropgave", "Send en e-mail", "Indhold udgivet", "Sæt egenskab", "Hvis / ellers", "Vent til", "Del op", "Saml" })
        {
            Assert.Contains(name, catalogue, StringComparison.Ordinal);
        }

        foreach (var category in new[] { "Hændelser", "Forløb", "Opgaver", "Beskeder", "Indhold" })
        {
            Assert.Matches($"(^|\\s){Regex.Escape(category)}\\s", catalogue);
        }

        Assert.Contains("Lægger en opgave i de valgte rollers indbakke", catalogue, StringComparison.Ordinal);
        var contentEvent = await Client.GetStringAsync($"/admin/workflows/{typeId}/activities/add/ContentPublishedEvent");
        Assert.Contains("<h1>Tilføj Indhold udgivet</h1>", contentEvent, StringComparison.Ordinal);
        Assert.Contains("<legend class=\"form-label\">Indholdstyper</legend>", contentEvent, StringComparison.Ordinal);
        var mail = await Client.GetStringAsync($"/admin/workflows/{typeId}/activities/add/EmailTask");
        Assert.Contains("<label class=\"form-label\" for=\"Settings.Subject\">Emne (skal udfyldes)</label>", mail, StringComparison.Ordinal);
    }
}
