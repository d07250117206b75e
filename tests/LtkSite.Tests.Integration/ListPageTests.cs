using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cms.Contents.Parts;
using LtkSite.Testing;

namespace LtkSite.Tests.Integration;

public sealed class ListPageTests_Sqlite(SqliteSiteFixture fixture) : ListPageTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class ListPageTests_Postgres(PostgresSiteFixture fixture) : ListPageTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>
/// The public page of a list (an item with a ListPart, here a blog and a guide imported in Orchard Core's export shape,
/// Recipes/blog.recipe.json) shows its published items in its language, a page at a time.
/// </summary>
public abstract class ListPageTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task A_blog_lists_its_published_posts_newest_first_two_to_a_page_with_links_between_the_pages()
    {
        await ImportAsync();

        var first = await GetPageAsync("/blog");
        Assert.Equal("Rådets blog", first.QuerySelector("main h1")!.TextContent);
        Assert.Contains("Nyt fra Integrationsrådet.", first.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Tredje indlæg", "Andet indlæg"], Titles(first));
        Assert.Equal("/blog/tredje-indlaeg", first.QuerySelector(".list-items .summary-title a")!.GetAttribute("href"));
        var pager = first.QuerySelector("main nav.pager")!;
        Assert.Equal("Listens sider", pager.GetAttribute("aria-label"));
        Assert.Equal("Side 1 af 2", pager.QuerySelector(".pager-status")!.TextContent);
        Assert.Null(pager.QuerySelector("a[rel=prev]"));
        var next = pager.QuerySelector("a[rel=next]")!;
        Assert.Equal(("Næste side", "/blog?page=2"), (next.TextContent, next.GetAttribute("href")));

        var second = await GetPageAsync(next.GetAttribute("href")!);
        Assert.Equal(["Første indlæg"], Titles(second));
        Assert.Equal("Side 2 af 2", second.QuerySelector(".pager-status")!.TextContent);
        Assert.Null(second.QuerySelector("nav.pager a[rel=next]"));
        var previous = second.QuerySelector("nav.pager a[rel=prev]")!;
        Assert.Equal(("Forrige side", "/blog"), (previous.TextContent, previous.GetAttribute("href")));

        // The draft and the English post are on no Danish page; a page number out of range shows the nearest page.
        Assert.Equal(["Første indlæg"], Titles(await GetPageAsync($"/blog?{ListPaging.PageQueryKey}=9")));
        Assert.Equal(["Tredje indlæg", "Andet indlæg"], Titles(await GetPageAsync("/blog?page=nul")));
    }

    [Fact]
    public async Task A_list_ordered_by_hand_shows_its_items_in_their_positions_on_one_page()
    {
        await ImportAsync();

        var guide = await GetPageAsync("/saadan-soeger-du");

        Assert.Equal(["Trin 1: Beskriv projektet", "Trin 2: Skriv budgettet"], Titles(guide));
        Assert.Null(guide.QuerySelector("nav.pager"));
    }

    [Fact]
    public async Task A_list_without_published_items_shows_no_empty_list_and_pages_without_a_list_show_none()
    {
        await ImportAsync();

        Assert.Null((await GetPageAsync("/kontakt")).QuerySelector(".list-items"));
    }

    /// <summary>Imports the export; a second run changes nothing (fixed ids), so each test may run it.</summary>
    private async Task ImportAsync()
    {
        var result = await Site.RunRecipeFileAsync(Path.Combine(AppContext.BaseDirectory, "Recipes", "blog.recipe.json"));
        Assert.True(result.Succeeded, result.Error);
    }

    private async Task<IDocument> GetPageAsync(string path)
    {
        var html = await Client.GetStringAsync(path);
        HtmlValidator.AssertValid(html, path);
        return new HtmlParser().ParseDocument(html);
    }

    private static string[] Titles(IDocument page) =>
        page.QuerySelectorAll(".list-items .summary-title").Select(t => t.TextContent.Trim()).ToArray();
}
