using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Forms.Data;
using Cms.Forms.Services;
using Council.Grants.Models;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

public sealed class ApplicationsAdminTests_Sqlite(SqliteApplicationsSiteFixture fixture) : ApplicationsAdminTests<SqliteApplicationsSiteFixture>(fixture), IClassFixture<SqliteApplicationsSiteFixture>;

public sealed class ApplicationsAdminTests_Postgres(PostgresApplicationsSiteFixture fixture) : ApplicationsAdminTests<PostgresApplicationsSiteFixture>(fixture), IClassFixture<PostgresApplicationsSiteFixture>;

/// <summary>
/// The secretariat's applications list, its filters, search and export, and an application's page with its answers,
/// attachment, history and internal notes, on a site whose clock stands at 10.01.2027. Each test marks its
/// applications' titles with a word of its own and searches for it, so the tests sharing the site do not see each other's.
/// </summary>
public abstract partial class ApplicationsAdminTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : ApplicationsSiteFixture
{
    [Fact]
    public async Task Three_applications_show_in_the_list_in_Danish_and_each_filter_narrows_it()
    {
        var club = await ApplicationItems.CreateAsync(Site, new("LTK-2027-0101", "Madklub Birkehøj", "association", "Amina Hassan", "Foreningen Fælles Bord", 10_000, [6_000, 6_000]));
        var school = await ApplicationItems.CreateAsync(Site, new("LTK-2027-0102", "Lektiecafé Birkehøj", "public-institution", "Jens Holm", "Lindegårdsskolen", 5_500.50m, [8_000]));
        var party = await ApplicationItems.CreateAsync(Site, new("LTK-2027-0103", "Sommerfest Birkehøj", "private-person", "Sara Nielsen", "", 59_800, [60_000], StartDate: "2027-02-20"));
        await ApplicationItems.SetStatusAsync(Site, club, GrantApplicationStatus.Screening);
        await Client.LoginAsAdminAsync();

        var all = await ListAsync("Q=birkehøj");
        Assert.Equal([party, school, club], all.Ids);
        Assert.Contains("3 ansøgninger fundet.", all.Html, StringComparison.Ordinal);
        var clubRow = all.Row(club);
        foreach (var text in new[] { "LTK-2027-0101", "Under screening", "Forening", "Amina Hassan (Foreningen Fælles Bord)", "Madklub Birkehøj", "10.000 kr.", "10.01.2027" })
        {
            Assert.Contains(text, clubRow, StringComparison.Ordinal);
        }

        Assert.Contains("5.500,50 kr.", all.Row(school), StringComparison.Ordinal);
        Assert.Contains("Offentlig institution", all.Row(school), StringComparison.Ordinal);
        Assert.Contains("Lavere prioritet", all.Row(school), StringComparison.Ordinal);
        Assert.Contains("Modtaget", all.Row(party), StringComparison.Ordinal);
        Assert.Contains("Privatperson", all.Row(party), StringComparison.Ordinal);
        Assert.Contains("Starter før mødet", all.Row(party), StringComparison.Ordinal);
        Assert.Contains("59.800 kr.", all.Row(party), StringComparison.Ordinal);

        Assert.Equal([club], (await ListAsync("Q=birkehøj&Status=Screening")).Ids);
        Assert.Equal([school], (await ListAsync("Q=birkehøj&Kind=public-institution")).Ids);
        Assert.Equal([school], (await ListAsync("Q=birkehøj&Flag=lower-priority")).Ids);
        Assert.Equal([party], (await ListAsync("Q=birkehøj&Flag=starts-early")).Ids);
        Assert.Equal([party, school], (await ListAsync("Q=birkehøj&Flag=any")).Ids);
        Assert.Equal([party, school, club], (await ListAsync("Q=birkehøj&Year=2027")).Ids);
        Assert.Equal([party, school, club], (await ListAsync("Q=birkehøj&Meeting=04.03.2027")).Ids);
        Assert.Equal([club], (await ListAsync("Q=fælles bord")).Ids);
        Assert.Equal([party], (await ListAsync("Q=SARA")).Ids);

        // A reference finds its one application, whatever the case it is typed in.
        Assert.Equal([school], (await ListAsync("Q=ltk-2027-0102")).Ids);

        // Sorted by amount, largest first; and oldest first.
        Assert.Equal([party, club, school], (await ListAsync("Q=birkehøj&Sort=amount-high")).Ids);
        Assert.Equal([club, school, party], (await ListAsync("Q=birkehøj&Sort=oldest")).Ids);

        // An empty result says so, and a filtered list is a link that keeps its filters on the export.
        var none = await ListAsync("Q=birkehøj&Year=2026");
        Assert.Empty(none.Ids);
        Assert.Contains("0 ansøgninger fundet.", none.Html, StringComparison.Ordinal);
        var filtered = await ListAsync("Q=birkehøj&Kind=association");
        Assert.Contains("href=\"/admin/applications/export?Kind=association&Q=birkeh%C3%B8j&format=Csv\"", filtered.Html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"association\" selected=\"selected\">Forening</option>", filtered.Html, StringComparison.Ordinal);

        // A bad filter comes back at its field.
        var bad = await ListAsync("Year=tyve&Meeting=31.02.2027");
        Assert.Contains("id=\"Year-error\">Skriv året med fire cifre, fx 2027.", bad.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"Meeting-error\">Skriv mødets dato som dag.måned.år, fx 04.03.2027.", bad.Html, StringComparison.Ordinal);
        Assert.Empty(bad.Ids);

        // The admin menu leads here.
        Assert.Contains("href=\"/admin/applications\"", await Client.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_pages_fifty_at_a_time_and_keeps_its_filters_on_the_next_page()
    {
        var ids = new List<string>();
        for (var i = 1; i <= 52; i++)
        {
            ids.Add(await ApplicationItems.CreateAsync(Site, new($"LTK-2027-{2000 + i}", $"Sidetest Kastanje {i}", "association", "Omar Ali", "", 1_000 + i, [5_000])));
            Fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await Client.LoginAsAdminAsync();
        var first = await ListAsync("Q=kastanje");
        Assert.Equal(50, first.Ids.Count);
        Assert.Equal(ids[51], first.Ids[0]);
        Assert.Contains("Side 1 af 2", first.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/applications?Q=kastanje&Page=2\" rel=\"next\"", first.Html, StringComparison.Ordinal);

        var second = await ListAsync("Q=kastanje&Page=2");
        Assert.Equal([ids[1], ids[0]], second.Ids);
        Assert.Contains("Side 2 af 2", second.Html, StringComparison.Ordinal);
        Assert.Empty(first.Ids.Intersect(second.Ids));
    }

    [Fact]
    public async Task The_detail_page_shows_the_answers_by_step_the_attachment_and_the_history_and_takes_internal_notes()
    {
        await ApplicationItems.EnsureAttachmentFieldAsync(Site);
        var fileId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.4 budget");
        var id = await ApplicationItems.CreateAsync(
            Site,
            new("LTK-2027-0301", "Fællesspisning i Virum", "association", "Amina Hassan", "Virum Venner", 8_000, [6_000, 4_000]),
            new JsonObject { ["FileId"] = fileId, ["FileName"] = "budget.pdf", ["ContentType"] = "application/pdf", ["Length"] = bytes.Length });
        await Site.WithScopeAsync(async s =>
        {
            await s.GetRequiredService<IFormFileStore>().SaveAsync(fileId, new MemoryStream(bytes), CancellationToken.None);
            var db = s.GetRequiredService<LtkDbContext>();
            db.Set<FormFileRecord>().Add(new FormFileRecord { FileId = fileId, FileName = "budget.pdf", ContentType = "application/pdf", Length = bytes.Length, ContentItemId = id, CreatedUtc = GrantSiteFixture.Now.UtcDateTime });
            return await db.SaveChangesAsync();
        });
        var taskId = await StartScreeningAsync(id);
        var received = LocalNow();
        Fixture.Clock.Advance(TimeSpan.FromHours(2));
        var screened = LocalNow();
        await ApplicationItems.SetStatusAsync(Site, id, GrantApplicationStatus.Screening);
        await Client.LoginAsAdminAsync();

        var url = $"/admin/applications/{id}";
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync(url));
        Assert.Contains("<h1>Ansøgning LTK-2027-0301</h1>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"application-status\">Under screening", page, StringComparison.Ordinal);

        // The answers come in the form's steps, in the form's order, the budget with its lines and total.
        var applicant = page.IndexOf(">Ansøger</h3>", StringComparison.Ordinal);
        var project = page.IndexOf(">Projektet</h3>", StringComparison.Ordinal);
        var budget = page.IndexOf(">Tid og budget</h3>", StringComparison.Ordinal);
        Assert.True(applicant > 0 && project > applicant && budget > project, "the steps are in the form's order");
        Assert.InRange(page.IndexOf("Virum Venner", StringComparison.Ordinal), applicant, project);
        Assert.InRange(page.IndexOf("Vi laver mad sammen hver måned.", StringComparison.Ordinal), project, budget);
        Assert.Contains("<td>Udgift 1</td><td class=\"number\">6.000 kr.</td>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">I alt</th><td class=\"number\">10.000 kr.</td>", page, StringComparison.Ordinal);

        // The attachment links to the private download, which gives the staff the file.
        Assert.Contains($"<a href=\"/admin/forms/files/{fileId}\" download>budget.pdf (1 kB)</a>", page, StringComparison.Ordinal);
        var download = await Client.GetAsync($"/admin/forms/files/{fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());

        // The workflow about it: its journal, and its open task linked to the inbox.
        Assert.Contains($"<a href=\"/admin/tasks/{taskId}\">Screen application LTK-2027-0301</a>", Section(page, "open-tasks"), StringComparison.Ordinal);
        Assert.Matches("<h3><a href=\"/admin/workflows/screening-[0-9a-f]+/instances/[^\"]+\">screening-[0-9a-f]+</a> \\(Venter\\)</h3>", page);
        Assert.Contains("<td>UserTask</td>", page, StringComparison.Ordinal);

        // The status history and the audit history of the item.
        var history = Section(page, "status-history");
        Assert.Contains($"{received}</td><td>Modtaget</td><td>system</td>", history, StringComparison.Ordinal);
        Assert.Contains($"{screened}</td><td>Under screening</td><td>system</td>", history, StringComparison.Ordinal);
        Assert.Contains("<td>Gemt</td>", Section(page, "audit-history"), StringComparison.Ordinal);

        // An empty note is refused with a message at the field and in the summary.
        var empty = WebUtility.HtmlDecode(await (await Client.PostFormAsync(url, url + "/notes", [new("Text", "   ")])).Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#Text\">Skriv notatet, før du gemmer det.</a>", empty, StringComparison.Ordinal);
        Assert.Contains("id=\"Text-error\">Skriv notatet, før du gemmer det.", empty, StringComparison.Ordinal);
        Assert.Contains("Der er ingen notater endnu.", empty, StringComparison.Ordinal);

        Fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        var noted = LocalNow();
        var saved = await Client.PostFormAsync(url, url + "/notes", [new("Text", "Ringede til Amina.\nHun sender budgettet igen.")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var withNote = WebUtility.HtmlDecode(await Client.GetStringAsync(url));
        Assert.Contains("Notatet er gemt.", withNote, StringComparison.Ordinal);
        var notes = Section(withNote, "note-list");
        Assert.Contains($"<strong>admin</strong> · {noted}", notes, StringComparison.Ordinal);
        Assert.Contains("Ringede til Amina.\nHun sender budgettet igen.", notes, StringComparison.Ordinal);

        // The note is in its own table and the audit trail, never in the application's record.
        var (stored, logged, itemJson) = await Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<LtkDbContext>();
            var stored = await db.Set<Council.Grants.Data.GrantApplicationNote>().AsNoTracking().SingleAsync(n => n.ContentItemId == id);
            var logged = await db.Set<AuditTrailEvent>().AsNoTracking().AnyAsync(e => e.ObjectId == id && e.Category == "GrantApplication" && e.EventName == "NoteAdded");
            var itemJson = (await db.Set<Cms.Contents.Models.ContentItem>().AsNoTracking().SingleAsync(i => i.ContentItemId == id && i.Latest)).Content.ToJsonString();
            return (stored, logged, itemJson);
        });
        Assert.Equal("admin", stored.AuthorName);
        Assert.True(logged);
        Assert.DoesNotContain("Ringede til Amina", itemJson, StringComparison.Ordinal);

        // An unknown id, or an item of another type, is not an application.
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/admin/applications/unknown0000000000000000000")).StatusCode);
    }

    [Fact]
    public async Task The_filtered_list_exports_to_a_Danish_CSV_and_a_real_XLSX_and_the_export_is_audited()
    {
        await ApplicationItems.CreateAsync(Site, new("LTK-2027-0401", "Syning for alle Egebakken", "association", "Fatima Rahimi", "Syklubben", 12_345.50m, [20_000]));
        await ApplicationItems.CreateAsync(Site, new("LTK-2027-0402", "=HYPERLINK(\"x\") Egebakken", "other", "Ole Berg", "", 2_000, [2_000]));
        await Client.LoginAsAdminAsync();

        var csv = await Client.GetAsync("/admin/applications/export?Q=egebakken&Sort=reference&format=Csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var csvBytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]);
        var lines = Encoding.UTF8.GetString(csvBytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Referencenummer;Status;Ansøgertype;Ansøger;Organisation;Projekt;Ansøgt beløb;Samlet budget;Indsendt;Møde;Markeringer", lines[0]);
        Assert.Equal("LTK-2027-0401;Modtaget;Forening;Fatima Rahimi;Syklubben;Syning for alle Egebakken;12.345,50;20.000,00;10.01.2027;04.03.2027;", lines[1]);
        // Text a citizen typed never runs as a formula.
        Assert.StartsWith("LTK-2027-0402;Modtaget;Andet;Ole Berg;;\"'=HYPERLINK(\"\"x\"\") Egebakken\";2.000,00;", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);

        var xlsx = await Client.GetAsync("/admin/applications/export?Q=egebakken&Sort=reference&format=Xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var workbook = new ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        using var reader = new StreamReader(workbook.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var sheet = await reader.ReadToEndAsync();
        Assert.Contains("Syning for alle Egebakken", sheet, StringComparison.Ordinal);
        Assert.Contains("12345.5", sheet, StringComparison.Ordinal);
        Assert.Equal(3, RowPattern().Count(sheet));

        var audited = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<AuditTrailEvent>().AsNoTracking()
            .Where(e => e.Category == "GrantApplication" && e.EventName == "Exported").Select(e => e.Comment).ToListAsync());
        Assert.Contains("Csv: Q=egebakken&Sort=reference", audited);
        Assert.Contains("Xlsx: Q=egebakken&Sort=reference", audited);
    }

    /// <summary>A workflow about the application that waits on a user task for the Secretariat; returns the task's id.</summary>
    private Task<string> StartScreeningAsync(string id) => Site.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<LtkDbContext>();
        var type = new Workflows.WorkflowTypeBuilder(Workflows.WorkflowTypeBuilder.UniqueId("screening"))
            .Start("received", "SignalEvent", Workflows.WorkflowTypeBuilder.Signal("applications-test"))
            .Then("screen", "UserTask", new JsonObject
            {
                ["Title"] = "Screen application LTK-2027-0301",
                ["Roles"] = new JsonArray(Cms.Core.Security.CmsRoles.Secretariat),
                ["Actions"] = new JsonArray("Ready for meeting"),
            })
            .Connect("received", "Done", "screen")
            .Build();
        await services.GetRequiredService<Cms.Workflows.Services.WorkflowTypeStore>().SaveAsync(type);
        await db.SaveChangesAsync();
        var instance = await services.GetRequiredService<Cms.Workflows.Services.WorkflowManager>().StartAsync(type.WorkflowTypeId, new JsonObject { ["ContentItemId"] = id }, correlationId: id);
        await db.SaveChangesAsync();
        return await db.Set<Cms.Workflows.Tasks.WorkflowTask>().Where(t => t.WorkflowId == instance.WorkflowId).Select(t => t.TaskId).SingleAsync();
    });

    private async Task<ListPage> ListAsync(string query)
    {
        var response = await Client.GetAsync("/admin/applications?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new ListPage(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static readonly string[] s_sectionEnds = ["</table>", "</ul>"];

    /// <summary>The site's local time now, as the pages write it (25.11.2026 14:30).</summary>
    private string LocalNow() =>
        TimeZoneInfo.ConvertTime(Fixture.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The table or list with the id, up to its end.</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the page has #{id}");
        var ends = s_sectionEnds.Select(e => html.IndexOf(e, start, StringComparison.Ordinal)).Where(i => i > 0).ToList();
        return html[start..ends.Min()];
    }

    private sealed record ListPage(string Html)
    {
        public IReadOnlyList<string> Ids => [.. IdPattern().Matches(Html).Select(m => m.Groups[1].Value)];

        public string Row(string id)
        {
            var start = Html.IndexOf($"data-application-id=\"{id}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, $"the list shows {id}");
            return Html[start..Html.IndexOf("</tr>", start, StringComparison.Ordinal)];
        }
    }

    [GeneratedRegex("data-application-id=\"([^\"]+)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex("<row ")]
    private static partial Regex RowPattern();
}
