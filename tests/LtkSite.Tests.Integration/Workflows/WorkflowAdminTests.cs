using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Core.Data;
using Cms.Core.Localization;
using Cms.Workflows.Models;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LtkSite.Tests.Integration.Workflows.WorkflowTypeBuilder;

namespace LtkSite.Tests.Integration.Workflows;

public sealed class WorkflowAdminTests_Sqlite(SqliteWorkflowSiteFixture fixture) : WorkflowAdminTests<SqliteWorkflowSiteFixture>(fixture), IClassFixture<SqliteWorkflowSiteFixture>;

public sealed class WorkflowAdminTests_Postgres(PostgresWorkflowSiteFixture fixture) : WorkflowAdminTests<PostgresWorkflowSiteFixture>(fixture), IClassFixture<PostgresWorkflowSiteFixture>;

/// <summary>
/// The workflow admin over HTTP as an administrator: the list's counts, the editor's errors and versions, the drawing,
/// the instance list's filters, an instance's page, retrying a faulted instance and moving halted ones to the newest version.
/// </summary>
public abstract class WorkflowAdminTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : WorkflowSiteFixture
{
    /// <summary>start (signal) → "Afventer møde" (waits for the second signal) → "Registrér" (sets a property); titled activities.</summary>
    private static string Document(string start, string concluded, string decided = "ja") => new JsonObject
    {
        ["Activities"] = new JsonArray(
            Activity("start", "SignalEvent", "Ansøgning modtaget", true, Signal(start)),
            Activity("wait", "SignalEvent", "Afventer møde", false, Signal(concluded)),
            Activity("decide", "SetPropertyTask", "Registrér afgørelse", false, SetProperty("Decided", decided))),
        ["Transitions"] = new JsonArray(Transition("start", "Done", "wait"), Transition("wait", "Done", "decide")),
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static JsonObject Activity(string id, string name, string title, bool start, JsonObject properties)
    {
        properties["ActivityMetadata"] = new JsonObject { ["Title"] = title };
        return new JsonObject { ["ActivityId"] = id, ["Name"] = name, ["X"] = 0, ["Y"] = 0, ["IsStart"] = start, ["Properties"] = properties };
    }

    private static JsonObject Transition(string from, string outcome, string to) =>
        new() { ["SourceActivityId"] = from, ["SourceOutcomeName"] = outcome, ["DestinationActivityId"] = to };

    /// <summary>A type made through the admin's create page and saved with <see cref="Document"/>.</summary>
    private async Task<(string TypeId, string Start, string Concluded)> CreateTypeAsync(string name)
    {
        var start = UniqueId("submitted");
        var concluded = UniqueId("concluded");
        var created = await Client.PostFormAsync("/admin/workflows/create", "/admin/workflows/create", [new("Name", name)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var typeId = url["/admin/workflows/".Length..];
        var saved = await SaveAsync(typeId, name, Document(start, concluded), baseVersion: 1);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (typeId, start, concluded);
    }

    private Task<HttpResponseMessage> SaveAsync(string typeId, string name, string definition, int baseVersion, bool enabled = true) =>
        Client.PostFormAsync($"/admin/workflows/{typeId}", $"/admin/workflows/{typeId}",
        [
            new("Name", name), new("IsEnabled", enabled ? "true" : "false"), new("LockTimeout", "0"), new("LockExpiration", "0"),
            new("Definition", definition), new("BaseVersion", baseVersion.ToString(CultureInfo.InvariantCulture)),
        ]);

    private Task<WorkflowType> TypeAsync(string typeId) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowType>().AsNoTracking().SingleAsync(t => t.WorkflowTypeId == typeId));

    private static string Row(string html, string attribute, string id)
    {
        var match = Regex.Match(html, $"<tr {attribute}=\"{Regex.Escape(id)}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No row {attribute}={id} in the page.");
        return match.Groups[1].Value;
    }

    private static string Cell(string row, string name) =>
        Regex.Match(row, $"<td data-cell=\"{name}\">\\s*(.*?)\\s*</td>", RegexOptions.Singleline).Groups[1].Value;

    private static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));

    [Fact]
    public async Task The_list_shows_each_type_with_its_version_and_its_running_waiting_and_faulted_counts()
    {
        await Client.LoginAsAdminAsync();
        var (typeId, start, _) = await CreateTypeAsync("Tilskud " + UniqueId("liste"));
        var flaky = new WorkflowTypeBuilder(UniqueId("flaky"));
        var flakyStart = UniqueId("flakystart");
        await Site.SaveWorkflowTypeAsync(flaky.Start("start", "SignalEvent", Signal(flakyStart)).Then("send", nameof(FlakyTask)).Connect("start", "Done", "send").Build());
        await Site.SignalAsync(start, "a1");
        await Site.SignalAsync(start, "a2");
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

        var html = await Client.GetStringAsync("/admin/workflows");
        HtmlValidator.AssertValid(html, "/admin/workflows");

        var row = Row(html, "data-workflow-type-id", typeId);
        Assert.Equal("2", Cell(row, "version"));
        Assert.Equal("0", Cell(row, "running"));
        Assert.Equal("2", Cell(row, "halted"));
        Assert.StartsWith("0", Cell(row, "faulted"), StringComparison.Ordinal);
        Assert.Contains("Ja", row, StringComparison.Ordinal);
        var flakyRow = Row(html, "data-workflow-type-id", flaky.WorkflowTypeId);
        Assert.Equal("0", Cell(flakyRow, "halted"));
        Assert.Contains($"/admin/workflows/{flaky.WorkflowTypeId}/instances?Status=Faulted\">1<", Cell(flakyRow, "faulted"), StringComparison.Ordinal);

        // The dashboard tells an administrator that something failed, over all types.
        var (waitingCount, faultedCount) = await Site.WithScopeAsync(async s =>
        {
            var instances = s.GetRequiredService<LtkDbContext>().Set<WorkflowInstance>();
            return (await instances.CountAsync(i => i.Status == WorkflowStatus.Halted), await instances.CountAsync(i => i.Status == WorkflowStatus.Faulted));
        });
        var dashboard = await Client.GetStringAsync("/admin");
        Assert.Contains($"{waitingCount} arbejdsgangsforløb venter.", dashboard, StringComparison.Ordinal);
        Assert.Contains($"{faultedCount} arbejdsgangsforløb er fejlet og venter på at blive prøvet igen.", dashboard, StringComparison.Ordinal);
        Assert.True(faultedCount >= 1);
    }

    [Fact]
    public async Task A_bad_document_shows_what_is_wrong_at_the_field_keeps_the_text_and_makes_no_version()
    {
        await Client.LoginAsAdminAsync();
        var (typeId, start, concluded) = await CreateTypeAsync("Forkert " + UniqueId("bad"));
        var bad = Document(start, concluded)
            .Replace("\"SetPropertyTask\"", "\"SendGridTask\"", StringComparison.Ordinal)
            .Replace("\"DestinationActivityId\": \"wait\"", "\"DestinationActivityId\": \"gone\"", StringComparison.Ordinal);

        var response = await SaveAsync(typeId, "Forkert", bad, baseVersion: 2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        HtmlValidator.AssertValid(html, "the editor with errors");
        var summary = Text(Regex.Match(html, "<div class=\"error-summary\".*?</div>", RegexOptions.Singleline).Value);
        var field = Text(Regex.Match(html, "<div class=\"form-error-message\" id=\"Definition-error\">.*?</div>", RegexOptions.Singleline).Value);
        var activityLine = bad.Split('\n').ToList().FindIndex(l => l.Contains("\"decide\"", StringComparison.Ordinal)) + 1;
        // The Danish admin reads the errors in Danish, each at the line it is about.
        foreach (var text in new[] { summary, field })
        {
            Assert.Contains($"Linje {activityLine}: Aktivitet 'decide' (Registrér afgørelse): ukendt aktivitet 'SendGridTask' (kendte aktiviteter: ", text, StringComparison.Ordinal);
            Assert.Contains("Overgang 1 (start → gone): der er ingen aktivitet 'gone' at gå til.", text, StringComparison.Ordinal);
        }

        Assert.Contains("href=\"#Definition\"", html, StringComparison.Ordinal);
        var textarea = Regex.Match(html, "<textarea[^>]*id=\"Definition\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(bad, WebUtility.HtmlDecode(textarea).Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\n'));
        Assert.Contains("aria-describedby=\"Definition-hint Definition-error\"", html, StringComparison.Ordinal);

        var outcome = Document(start, concluded).Replace("\"SourceOutcomeName\": \"Done\"", "\"SourceOutcomeName\": \"Nope\"", StringComparison.Ordinal);
        var outcomeHtml = Text(await (await SaveAsync(typeId, "Forkert", outcome, baseVersion: 2)).Content.ReadAsStringAsync());
        var secondTransitionLine = outcome.Split('\n').Select((l, i) => (l, i)).Where(x => x.l.Contains("\"SourceActivityId\"", StringComparison.Ordinal)).ElementAt(1).i + 1;
        Assert.Contains($"Linje {secondTransitionLine}: Overgang 2 (wait → decide): 'SignalEvent' har intet udfald 'Nope' (dens udfald: Done).", outcomeHtml, StringComparison.Ordinal);

        var broken = await SaveAsync(typeId, "Forkert", "{\n  \"Activities\": [\n    { \"ActivityId\": \"a\" \"Name\": \"SignalEvent\" }\n  ]\n}", baseVersion: 2);
        var brokenHtml = await broken.Content.ReadAsStringAsync();
        Assert.Contains("JSON kan ikke læses i linje 3", brokenHtml, StringComparison.Ordinal);
        Assert.Contains("\"ActivityId\": \"a\" \"Name\"", WebUtility.HtmlDecode(brokenHtml), StringComparison.Ordinal);

        Assert.Equal(2, (await TypeAsync(typeId)).LatestVersion);
    }

    [Fact]
    public async Task An_administrator_who_chose_English_reads_the_editor_errors_in_English_at_their_lines()
    {
        await Client.LoginAsAdminAsync();
        var (typeId, start, concluded) = await CreateTypeAsync("Engelsk " + UniqueId("en"));
        var bad = Document(start, concluded).Replace("\"SetPropertyTask\"", "\"SendGridTask\"", StringComparison.Ordinal);
        var activityLine = bad.Split('\n').ToList().FindIndex(l => l.Contains("\"decide\"", StringComparison.Ordinal)) + 1;

        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        try
        {
            var html = Text(await (await SaveAsync(typeId, "Engelsk", bad, baseVersion: 2)).Content.ReadAsStringAsync());
            Assert.Contains($"Line {activityLine}: Activity 'decide' (Registrér afgørelse): unknown activity 'SendGridTask' (known activities: ", html, StringComparison.Ordinal);
        }
        finally
        {
            Client.DefaultRequestHeaders.AcceptLanguage.Clear();
        }

        Assert.Equal(2, (await TypeAsync(typeId)).LatestVersion);
    }

    [Fact]
    public async Task A_good_edit_makes_a_new_version_while_a_waiting_instance_stays_on_its_own_then_moves_after_a_dry_run()
    {
        await Client.LoginAsAdminAsync();
        var (typeId, start, concluded) = await CreateTypeAsync("Version " + UniqueId("ver"));
        await Site.SignalAsync(start, "m1");
        var waiting = await Site.InstanceAsync(typeId, "m1");
        Assert.Equal(2, waiting.TypeVersion);

        var saved = await SaveAsync(typeId, "Version omdøbt", Document(start, concluded, decided: "bevilget"), baseVersion: 2);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editor = await Client.GetStringAsync($"/admin/workflows/{typeId}");
        Assert.Contains("Version 3 blev gemt.", editor, StringComparison.Ordinal);
        Assert.Contains("Version 3</a> (nyeste)", editor, StringComparison.Ordinal);
        Assert.Equal(3, (await TypeAsync(typeId)).LatestVersion);
        Assert.Equal("Version omdøbt", (await TypeAsync(typeId)).Name);
        Assert.Equal(2, (await Site.InstanceAsync(typeId, "m1")).TypeVersion);
        // The versions list counts the waiting instance on the version it runs on.
        Assert.Matches(@"<tr data-version=""2"">.*?<td>1</td>\s*</tr>", Regex.Replace(editor, @"\s+", " "));

        var unchanged = await SaveAsync(typeId, "Version omdøbt", Document(start, concluded, decided: "bevilget"), baseVersion: 3);
        Assert.Equal(HttpStatusCode.Redirect, unchanged.StatusCode);
        Assert.Equal(3, (await TypeAsync(typeId)).LatestVersion);

        var stale = await SaveAsync(typeId, "Version omdøbt", Document(start, concluded, decided: "afslag"), baseVersion: 2);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("En anden gemte version 3, mens du redigerede version 2.", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, (await TypeAsync(typeId)).LatestVersion);

        var instancePage = await Client.GetStringAsync($"/admin/workflows/{typeId}/instances/{waiting.WorkflowId}");
        Assert.Contains("Flyt til nyeste version", instancePage, StringComparison.Ordinal);
        var dryRun = await Client.GetStringAsync($"/admin/workflows/{typeId}/move");
        HtmlValidator.AssertValid(dryRun, "the dry run");
        var plan = Text(Row(dryRun, "data-workflow-id", waiting.WorkflowId));
        Assert.Contains("Ja", plan, StringComparison.Ordinal);
        Assert.Contains("Flyt 1 forløb til version 3", dryRun, StringComparison.Ordinal);
        Assert.Equal(2, (await Site.InstanceAsync(typeId, "m1")).TypeVersion);

        var moved = await Client.PostFormAsync($"/admin/workflows/{typeId}/move", $"/admin/workflows/{typeId}/move", []);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains("1 forløb blev flyttet til version 3; 0 bliver, hvor de er.", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, (await Site.InstanceAsync(typeId, "m1")).TypeVersion);
        await Site.SignalAsync(concluded, "m1");
        var finished = await Site.InstanceAsync(typeId, "m1");
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.Equal("bevilget", finished.Property("Decided"));
    }

    [Fact]
    public async Task A_faulted_instance_shows_its_error_and_is_run_again_from_the_failed_activity_by_retry()
    {
        await Client.LoginAsAdminAsync();
        var type = new WorkflowTypeBuilder(UniqueId("retry"));
        var start = UniqueId("retrystart");
        await Site.SaveWorkflowTypeAsync(type.Start("start", "SignalEvent", Signal(start)).Then("send", nameof(FlakyTask))
            .Then("after", "SetPropertyTask", SetProperty("After", "sendt")).Connect("start", "Done", "send").Connect("send", "Done", "after").Build());
        Fixture.Flaky.IsDown = true;
        Site.Logs.ExpectContaining("faulted in activity send");
        try
        {
            await Site.SignalAsync(start, "r1");
        }
        finally
        {
            Fixture.Flaky.IsDown = false;
        }

        var faulted = await Site.InstanceAsync(type.WorkflowTypeId, "r1");
        var url = $"/admin/workflows/{type.WorkflowTypeId}/instances/{faulted.WorkflowId}";
        var page = await Client.GetStringAsync(url);
        Assert.Contains("Forløbet fejlede", page, StringComparison.Ordinal);
        Assert.Contains("Aktivitet send: The service is down.", page, StringComparison.Ordinal);
        Assert.Contains(">Prøv igen</button>", page, StringComparison.Ordinal);
        Assert.Contains("Det fejlede i: send.", page, StringComparison.Ordinal);
        Assert.Contains("class=\"wf-node wf-node-faulted\" data-activity-id=\"send\"", page, StringComparison.Ordinal);

        var retried = await Client.PostFormAsync(url, url + "/retry", []);

        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var after = await Client.GetStringAsync(url);
        Assert.Contains("Forløbet blev kørt igen fra den aktivitet, der fejlede.", after, StringComparison.Ordinal);
        Assert.DoesNotContain(">Prøv igen</button>", after, StringComparison.Ordinal);
        var finished = await Site.InstanceAsync(type.WorkflowTypeId, "r1");
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.Equal("sendt", finished.Property("After"));
        var journal = Text(Regex.Match(after, "<h2>Journal</h2>.*?</table>", RegexOptions.Singleline).Value);
        Assert.Contains("The service is down.", journal, StringComparison.Ordinal);
        Assert.Contains("admin", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_instances_are_filtered_by_status_correlation_and_the_day_they_started()
    {
        await Client.LoginAsAdminAsync();
        var (typeId, start, concluded) = await CreateTypeAsync("Filtre " + UniqueId("filter"));
        await Site.SignalAsync(start, "sag-1");
        await Site.SignalAsync(start, "sag-2");
        await Site.SignalAsync(start, "sag-3");
        await Site.SignalAsync(concluded, "sag-3");
        var list = $"/admin/workflows/{typeId}/instances";
        var created = (await Site.InstanceAsync(typeId, "sag-1")).CreatedUtc;
        var day = DateOnly.FromDateTime(Site.Services.GetRequiredService<SiteTimeZone>().ToLocal(created));
        string Danish(DateOnly d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

        Assert.Contains("3 forløb fundet.", await Client.GetStringAsync(list), StringComparison.Ordinal);
        var halted = await Client.GetStringAsync(list + "?Status=Halted");
        Assert.Contains("2 forløb fundet.", halted, StringComparison.Ordinal);
        Assert.DoesNotContain(">sag-3<", halted, StringComparison.Ordinal);
        var one = await Client.GetStringAsync(list + "?CorrelationId=sag-2");
        Assert.Contains("1 forløb fundet.", one, StringComparison.Ordinal);
        Assert.Contains("<td>sag-2</td>", one, StringComparison.Ordinal);
        Assert.Contains("3 forløb fundet.", await Client.GetStringAsync($"{list}?From={Danish(day)}&To={Danish(day)}"), StringComparison.Ordinal);
        Assert.Contains("0 forløb fundet.", await Client.GetStringAsync($"{list}?From={Danish(day.AddDays(1))}"), StringComparison.Ordinal);
        Assert.Contains("0 forløb fundet.", await Client.GetStringAsync($"{list}?To={Danish(day.AddDays(-1))}"), StringComparison.Ordinal);

        var bad = await Client.GetStringAsync(list + "?From=31.02.2026");
        HtmlValidator.AssertValid(bad, "the instance list with a bad date");
        Assert.Contains("<span class=\"form-error-message\" id=\"From-error\">Skriv datoen som dd.mm.åååå, for eksempel 25.11.2026.</span>", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"31.02.2026\"", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_instances_are_listed_newest_first_a_page_at_a_time()
    {
        await Client.LoginAsAdminAsync();
        var type = new WorkflowTypeBuilder(UniqueId("paging"));
        var start = UniqueId("pagestart");
        await Site.SaveWorkflowTypeAsync(type.Start("start", "SignalEvent", Signal(start)).Then("wait", "SignalEvent", Signal(UniqueId("never"))).Connect("start", "Done", "wait").Build());
        var count = Cms.Workflows.Controllers.WorkflowInstancesController.PageSize + 2;
        for (var i = 1; i <= count; i++)
        {
            await Site.SignalAsync(start, $"side-{i:D3}");
        }

        var list = $"/admin/workflows/{type.WorkflowTypeId}/instances";
        var first = await Client.GetStringAsync(list + "?Status=Halted");
        var second = await Client.GetStringAsync(list + "?Status=Halted&Page=2");

        Assert.Contains($"{count} forløb fundet.", first, StringComparison.Ordinal);
        Assert.Equal(Cms.Workflows.Controllers.WorkflowInstancesController.PageSize, Regex.Count(first, "<tr data-workflow-id="));
        Assert.Contains("Side 1 af 2", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"{list}?Status=Halted&amp;Page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(second, "<tr data-workflow-id="));
        Assert.Contains("<td>side-001</td>", second, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>side-001</td>", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_type_and_an_instance_are_drawn_as_SVG_with_their_titles_and_the_same_as_text()
    {
        await Client.LoginAsAdminAsync();
        var (typeId, start, _) = await CreateTypeAsync("Tegning " + UniqueId("svg"));
        await Site.SignalAsync(start, "t1");
        var instance = await Site.InstanceAsync(typeId, "t1");

        var editor = await Client.GetStringAsync($"/admin/workflows/{typeId}");

        var svg = Regex.Match(editor, "<svg .*?</svg>", RegexOptions.Singleline).Value;
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"wf-graph-title wf-graph-desc\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"wf-graph-title\">Version 2 som tegning</title>", svg, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"wf-graph-desc\">3 aktiviteter og 2 overgange", svg, StringComparison.Ordinal);
        foreach (var title in new[] { "Ansøgning modtaget", "Afventer møde", "Registrér afgørelse" })
        {
            Assert.Contains($">{title}</text>", WebUtility.HtmlDecode(svg), StringComparison.Ordinal);
        }

        Assert.Equal(2, Regex.Count(svg, "<g class=\"wf-edge\""));
        Assert.Contains("data-from=\"start\" data-outcome=\"Done\" data-to=\"wait\"", svg, StringComparison.Ordinal);
        Assert.Contains(">Færdig</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
        var list = Text(Regex.Match(editor, "<ol class=\"wf-graph-list\">.*?</ol>", RegexOptions.Singleline).Value);
        Assert.Contains("Ansøgning modtaget (Signal, start) – starter arbejdsgangen", Regex.Replace(list, @"\s+", " "), StringComparison.Ordinal);
        Assert.Contains("Færdig → Afventer møde", list, StringComparison.Ordinal);

        var page = await Client.GetStringAsync($"/admin/workflows/{typeId}/instances/{instance.WorkflowId}");
        HtmlValidator.AssertValid(editor, "the editor");
        HtmlValidator.AssertValid(page, "an instance's page");
        Assert.Contains("class=\"wf-node wf-node-event wf-node-waiting\" data-activity-id=\"wait\"", page, StringComparison.Ordinal);
        Assert.Contains("Det venter på: Afventer møde.", page, StringComparison.Ordinal);
        Assert.Contains("forløbet venter her", Text(Regex.Match(page, "<ol class=\"wf-graph-list\">.*?</ol>", RegexOptions.Singleline).Value), StringComparison.Ordinal);
        Assert.Contains("&quot;Signal&quot;: &quot;" + start + "&quot;", page, StringComparison.Ordinal);
        var journal = Text(Regex.Match(page, "<h2>Journal</h2>.*?</table>", RegexOptions.Singleline).Value);
        Assert.Contains("Ansøgning modtaget (start)", journal, StringComparison.Ordinal);
        Assert.Contains("venter", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_type_is_created_disabled_enabled_exported_and_deleted_only_once_nothing_of_it_runs()
    {
        await Client.LoginAsAdminAsync();
        var name = "Pris " + UniqueId("life");
        var created = await Client.PostFormAsync("/admin/workflows/create", "/admin/workflows/create", [new("Name", name)]);
        var typeId = created.Headers.Location!.OriginalString["/admin/workflows/".Length..];
        Assert.False((await TypeAsync(typeId)).IsEnabled);
        var empty = await Client.PostFormAsync("/admin/workflows/create", "/admin/workflows/create", [new("Name", " ")]);
        Assert.Contains("Giv arbejdsgangstypen et navn.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var start = UniqueId("prizestart");
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(typeId, name, Document(start, UniqueId("never")), baseVersion: 1, enabled: false)).StatusCode);
        await Site.SignalAsync(start, "p1");
        Assert.Empty(await Site.InstancesAsync(typeId));
        var enabled = await Client.PostFormAsync("/admin/workflows", $"/admin/workflows/{typeId}/enable", [new("enabled", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.True((await TypeAsync(typeId)).IsEnabled);
        await Site.SignalAsync(start, "p1");
        Assert.Single(await Site.InstancesAsync(typeId));

        var export = await Client.GetAsync($"/admin/workflows/{typeId}/export");
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        var recipe = JsonNode.Parse(await export.Content.ReadAsStringAsync())!;
        Assert.Equal("WorkflowType", recipe["steps"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(typeId, recipe["steps"]![0]!["data"]![0]!["WorkflowTypeId"]!.GetValue<string>());
        Assert.Equal("Afventer møde", recipe["steps"]![0]!["data"]![0]!["Activities"]![1]!["Properties"]!["ActivityMetadata"]!["Title"]!.GetValue<string>());

        var refused = await Client.PostFormAsync($"/admin/workflows/{typeId}/delete", $"/admin/workflows/{typeId}/delete", []);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"{name} kan ikke slettes: 1 af dens forløb er ikke afsluttet (0 i gang, 1 venter, 0 fejlet).", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Single(await Site.InstancesAsync(typeId));

        await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowInstance>().Where(i => i.WorkflowTypeId == typeId)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, WorkflowStatus.Aborted)));
        var deleted = await Client.PostFormAsync($"/admin/workflows/{typeId}/delete", $"/admin/workflows/{typeId}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Empty(await Site.InstancesAsync(typeId));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/admin/workflows/{typeId}")).StatusCode);
        Assert.DoesNotContain(typeId, await Client.GetStringAsync("/admin/workflows"), StringComparison.Ordinal);
    }
}
