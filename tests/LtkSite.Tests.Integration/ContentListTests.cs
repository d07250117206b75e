using System.Net;
using System.Text.RegularExpressions;
using LtkSite.Testing;

namespace LtkSite.Tests.Integration;

public sealed class ContentListTests_Sqlite(SqliteSiteFixture fixture) : ContentListTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class ContentListTests_Postgres(PostgresSiteFixture fixture) : ContentListTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>
/// The admin content list's status column and status filter follow an item through its life: they read the
/// "has a published version" flag the content manager keeps on the latest version (docs/decisions/0010).
/// </summary>
public abstract class ContentListTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    private readonly string _marker = "liste" + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task Status_and_the_published_filter_follow_publish_draft_unpublish_delete_and_restore()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var created = await Client.PostFormAsync("/admin/content/new/Note", "/admin/content/new/Note",
            [new("TitlePart.Title", $"Note {_marker}"), new("Submit", "publish")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/')[3];
        await AssertListedAsync(id, "Udgivet", published: 1, draft: 0);

        // A new draft over the published version: still published, with changes waiting.
        var baseVersion = Regex.Match(await Client.GetStringAsync($"/admin/content/{id}/edit"), "name=\"BaseVersionId\" value=\"([^\"]+)\"").Groups[1].Value;
        var draft = await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/edit",
            [new("TitlePart.Title", $"Note {_marker} ændret"), new("BaseVersionId", baseVersion), new("Submit", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        await AssertListedAsync(id, "Udgivet, med ændringer der ikke er udgivet", published: 1, draft: 1);

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/unpublish", [])).StatusCode);
        await AssertListedAsync(id, "Kladde", published: 0, draft: 1);

        var bulk = await Client.PostFormAsync("/admin/content", "/admin/content/bulk", [new("bulkAction", "publish"), new("ids", id)]);
        Assert.Equal(HttpStatusCode.Redirect, bulk.StatusCode);
        await AssertListedAsync(id, "Udgivet", published: 1, draft: 0);

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/delete", [])).StatusCode);
        Assert.Contains("0 elementer fundet.", await ListAsync("&status=published"), StringComparison.Ordinal);
        Assert.Contains("1 elementer fundet.", await ListAsync("&status=deleted"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content?status=deleted", $"/admin/content/{id}/restore", [])).StatusCode);
        await AssertListedAsync(id, "Kladde", published: 0, draft: 1);
    }

    [Fact]
    public async Task Filters_combine_with_search_and_sort_and_page_through_the_items()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        for (var n = 1; n <= 27; n++)
        {
            var response = await Client.PostFormAsync("/admin/content/new/Note", "/admin/content/new/Note",
                [new("TitlePart.Title", $"Note {_marker} {n:00}"), new("Submit", n % 3 == 0 ? "publish" : "draft")]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var byTitle = await ListAsync("&type=Note&owner=admin&sort=title-desc");
        Assert.Contains("27 elementer fundet.", byTitle, StringComparison.Ordinal);
        Assert.True(byTitle.IndexOf($"Note {_marker} 27", StringComparison.Ordinal) < byTitle.IndexOf($"Note {_marker} 26", StringComparison.Ordinal));
        Assert.Equal(25, Rows().Count(byTitle));
        var lastPage = await ListAsync("&type=Note&owner=admin&sort=title-desc&page=2");
        Assert.Equal(2, Rows().Count(lastPage));
        Assert.Contains($"Note {_marker} 01<", lastPage, StringComparison.Ordinal);

        // Newest change first by default; the published ones are every third.
        var published = await ListAsync("&status=published&type=Note");
        Assert.Contains("9 elementer fundet.", published, StringComparison.Ordinal);
        Assert.True(published.IndexOf($"Note {_marker} 27", StringComparison.Ordinal) < published.IndexOf($"Note {_marker} 03", StringComparison.Ordinal));
        Assert.Contains("18 elementer fundet.", await ListAsync("&status=draft"), StringComparison.Ordinal);
        Assert.Contains("0 elementer fundet.", await ListAsync("&type=Article"), StringComparison.Ordinal);
    }

    private async Task<string> ListAsync(string filters) =>
        WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content?q={_marker}{filters}"));

    private async Task AssertListedAsync(string id, string status, int published, int draft)
    {
        var list = await ListAsync("");
        var row = Regex.Match(list, $"<tr data-content-item-id=\"{id}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, "The item is not in the list.");
        var cells = Regex.Matches(row.Groups[1].Value, "<td>(.*?)</td>", RegexOptions.Singleline).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Equal(status, cells[2]);
        Assert.Contains($"{published} elementer fundet.", await ListAsync("&status=published"), StringComparison.Ordinal);
        Assert.Contains($"{draft} elementer fundet.", await ListAsync("&status=draft"), StringComparison.Ordinal);
    }

    private static Regex Rows() => new("<tr data-content-item-id=", RegexOptions.None, TimeSpan.FromSeconds(1));
}
