using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Contents.Services;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Security;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class AuditTrailAdminTests_Sqlite(SqliteSiteFixture fixture) : AuditTrailAdminTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class AuditTrailAdminTests_Postgres(PostgresSiteFixture fixture) : AuditTrailAdminTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>The audit trail pages: who may see them, filters, paging, and the detail of an event.</summary>
public abstract partial class AuditTrailAdminTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task Editors_cannot_open_the_audit_trail()
    {
        await Site.CreateUserAsync("audit-editor", "Editor-password-1", CmsRoles.Editor);
        await Client.LoginAsync("audit-editor", "Editor-password-1");
        var response = await Client.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/access-denied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task The_filtered_trail_downloads_as_CSV_and_as_a_workbook_with_every_matching_event()
    {
        await Client.LoginAsAdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/roles/Editor", "/admin/roles/Editor",
            [new("Description", "Redaktører; de skriver siderne"), new("Permissions", "EditOwnContent")])).StatusCode);
        var list = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/audit?Category=Role"));
        Assert.Contains("href=\"/admin/audit/export?Category=Role&format=Xlsx\"", list, StringComparison.Ordinal);

        var csv = await Client.GetAsync("/admin/audit/export?Category=Role&format=Csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", csv.Content.Headers.ContentDisposition!.DispositionType, StringComparison.Ordinal);
        Assert.StartsWith("revisionsspor-", csv.Content.Headers.ContentDisposition.FileNameStar, StringComparison.Ordinal);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tidspunkt;Kategori;Hændelse;Objekt;Objekt-id;Objekttype;Bruger", lines[0]);
        // Only the role events the filter selects, with a Danish time, in the order of the list.
        Assert.All(lines[1..], l => Assert.Matches(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2};Rolle;", l));
        Assert.Contains(lines, l => l.Contains(";Updated;Editor;Editor;", StringComparison.Ordinal) && l.EndsWith(";admin", StringComparison.Ordinal));

        var xlsx = await Client.GetAsync("/admin/audit/export?Category=Role&format=Xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var workbook = new System.IO.Compression.ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var sheet = new StreamReader(workbook.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        Assert.Contains("Hændelse", sheet, StringComparison.Ordinal);
        Assert.Equal(lines.Length, Regex.Count(sheet, "<row"));

        var bad = await Client.GetAsync("/admin/audit/export?From=31.02.2026&format=Csv");
        Assert.Equal("text/html", bad.Content.Headers.ContentType!.MediaType);
        Assert.Contains("31.02.2026", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_and_role_changes_are_recorded_without_password_hashes()
    {
        await Client.LoginAsAdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/users/create", "/admin/users/create",
            [new("UserName", "audited-ulla"), new("Email", "ulla@example.org"), new("Password", "Audited-pass-123"), new("Roles", CmsRoles.Editor)])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/roles/Secretariat", "/admin/roles/Secretariat",
            [new("Description", "Sekretariatet for rådet"), new("Permissions", "EditOwnContent")])).StatusCode);

        var users = await Client.GetStringAsync("/admin/audit?Category=User&ObjectId=" + await UserIdAsync("audited-ulla"));
        var userEventId = EventIds(users).Single();
        Assert.Contains("Created", users, StringComparison.Ordinal);
        var detail = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/audit/{userEventId}"));
        Assert.Contains("audited-ulla", detail, StringComparison.Ordinal);
        Assert.Contains("ulla@example.org", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("PasswordHash", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", detail, StringComparison.Ordinal);

        var roles = await Client.GetStringAsync("/admin/audit?Category=Role&ObjectId=Secretariat");
        var roleDetail = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/audit/{EventIds(roles).First()}"));
        Assert.Contains("Sekretariatet for rådet", roleDetail, StringComparison.Ordinal);
        Assert.Contains("<dd>admin</dd>", roleDetail, StringComparison.Ordinal);
        Assert.Contains("EditOwnContent", roleDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_dates_are_Danish()
    {
        await Client.LoginAsAdminAsync();
        await Client.PostFormAsync("/admin/content-types/create", "/admin/content-types/create", [new("DisplayName", "Audit Filter Type"), new("Name", "AuditFilterType")]);

        var byObject = await Client.GetStringAsync("/admin/audit?ObjectId=AuditFilterType");
        Assert.NotEmpty(EventIds(byObject));
        Assert.DoesNotContain("audited-", byObject, StringComparison.Ordinal);
        Assert.Matches(DanishTime(), byObject);

        var byCategory = await Client.GetStringAsync("/admin/audit?Category=ContentType&EventName=Created&UserName=admin&ObjectId=AuditFilterType");
        Assert.Single(EventIds(byCategory));
        Assert.Empty(EventIds(await Client.GetStringAsync("/admin/audit?Category=User&ObjectId=AuditFilterType")));
        Assert.Empty(EventIds(await Client.GetStringAsync("/admin/audit?UserName=nobody-at-all&ObjectId=AuditFilterType")));

        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"));
        Assert.Single(EventIds(await Client.GetStringAsync($"/admin/audit?ObjectId=AuditFilterType&EventName=Created&From={today:dd.MM.yyyy}&To={today:dd.MM.yyyy}")));
        Assert.Empty(EventIds(await Client.GetStringAsync($"/admin/audit?ObjectId=AuditFilterType&To={today.AddDays(-1):dd.MM.yyyy}")));
        Assert.Empty(EventIds(await Client.GetStringAsync($"/admin/audit?ObjectId=AuditFilterType&From={today.AddDays(1):yyyy-MM-dd}")));

        var bad = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/audit?ObjectId=AuditFilterType&From=i%20går"));
        Assert.Contains("class=\"error-summary\"", bad, StringComparison.Ordinal);
        Assert.Contains("id=\"From-error\"", bad, StringComparison.Ordinal);
        Assert.Contains("Skriv datoen som dd.mm.åååå, for eksempel 25.11.2026.", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"i går\"", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"AuditFilterType\"", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fifty_events_a_page_newest_first()
    {
        var start = new DateTime(2026, 1, 10, 9, 0, 0, DateTimeKind.Utc);
        await Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<LtkDbContext>();
            for (var i = 0; i < 55; i++)
            {
                db.Set<AuditTrailEvent>().Add(new AuditTrailEvent { CreatedUtc = start.AddMinutes(i), Category = "Content", EventName = "PagingProbe", ObjectId = $"probe-{i}", ObjectName = $"Probe {i}", UserName = "system" });
            }

            return await db.SaveChangesAsync();
        });

        await Client.LoginAsAdminAsync();
        var first = await Client.GetStringAsync("/admin/audit?EventName=PagingProbe");
        Assert.Equal(50, EventIds(first).Count);
        Assert.Contains("Probe 54", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("Probe 54", StringComparison.Ordinal) < first.IndexOf("Probe 53", StringComparison.Ordinal));
        // 10.01.2026 09:54 UTC is 10:54 in Copenhagen.
        Assert.Contains("10.01.2026 10:54", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/audit?EventName=PagingProbe&amp;Page=2\"", first, StringComparison.Ordinal);

        var second = await Client.GetStringAsync("/admin/audit?EventName=PagingProbe&Page=2");
        Assert.Equal(5, EventIds(second).Count);
        Assert.Matches(@"Probe 0\s*</td>", second);
        Assert.DoesNotContain("Probe 54", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_event_shows_changed_fields_and_links_to_the_item()
    {
        await Client.LoginAsAdminAsync();
        await Client.PostFormAsync("/admin/content-types/create", "/admin/content-types/create", [new("DisplayName", "Audit Story"), new("Name", "AuditStory")]);
        var id = await Site.WithScopeAsync(async s =>
        {
            var contents = s.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("AuditStory");
            item.Part("TitlePart")["Title"] = "Første titel";
            item.Part("AuditStory")["Intro"] = new JsonObject { ["Text"] = "Uændret" };
            item = await contents.CreateAsync(item, publish: false);
            var edited = item.CloneAsNewVersion();
            edited.Part("TitlePart")["Title"] = "Anden titel";
            await contents.UpdateAsync(edited, item.ContentItemVersionId, publish: false);
            return item.ContentItemId;
        });

        var list = await Client.GetStringAsync($"/admin/audit?Category=Content&EventName=Saved&ObjectId={id}");
        var detail = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/audit/{EventIds(list).Single()}"));
        Assert.Contains($"href=\"/admin/content/{id}/edit\"", detail, StringComparison.Ordinal);
        var titleRow = detail[detail.IndexOf("<code>TitlePart.Title</code>", StringComparison.Ordinal)..];
        titleRow = titleRow[..titleRow.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Første titel", titleRow, StringComparison.Ordinal);
        Assert.Contains("Anden titel", titleRow, StringComparison.Ordinal);
        Assert.Contains("class=\"ct-changed\"", detail[..detail.IndexOf("<code>TitlePart.Title</code>", StringComparison.Ordinal)][^200..], StringComparison.Ordinal);
        var introRow = detail[detail.IndexOf("<code>AuditStory.Intro.Text</code>", StringComparison.Ordinal)..];
        introRow = introRow[..introRow.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Uændret", introRow, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/admin/audit/987654321")).StatusCode);
    }

    private Task<string> UserIdAsync(string userName) =>
        Site.WithScopeAsync(async s => (await s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CmsUser>>().FindByNameAsync(userName))!.Id);

    private static List<string> EventIds(string html) => EventRow().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("data-event-id=\"(\\d+)\"")]
    private static partial Regex EventRow();

    [GeneratedRegex(@"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}")]
    private static partial Regex DanishTime();
}
