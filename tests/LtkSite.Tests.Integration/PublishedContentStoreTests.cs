using System.Net;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LtkSite.Tests.Integration;

public sealed class PublishedContentStoreTests_Sqlite(InstrumentedSqliteSiteFixture fixture)
    : PublishedContentStoreTests<InstrumentedSqliteSiteFixture>(fixture), IClassFixture<InstrumentedSqliteSiteFixture>;

public sealed class PublishedContentStoreTests_Postgres(InstrumentedPostgresSiteFixture fixture)
    : PublishedContentStoreTests<InstrumentedPostgresSiteFixture>(fixture), IClassFixture<InstrumentedPostgresSiteFixture>;

/// <summary>
/// Public pages render from the published content held in memory (docs/decisions/0019-published-content-store.md):
/// no SQL once the node is warm, every change shown at once on this node and after the next check on another.
/// Pages that read no query value are cached once, whatever query string a visitor adds.
/// </summary>
public abstract class PublishedContentStoreTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : InstrumentedSiteFixture
{
    private InstrumentedSiteFactory Instrumented => Fixture.Instrumented;

    [Fact]
    public async Task A_signed_in_editor_reads_public_pages_without_a_query_once_the_node_is_warm()
    {
        // Signed in, so the output cache neither serves nor stores these pages: each one is rendered.
        await Client.LoginAsAdminAsync();
        string[] pages = ["/", "/medlemmer", "/en"];
        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(page)).StatusCode);
        }

        Instrumented.Sql.Reset();
        foreach (var page in pages)
        {
            var response = await Client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("<main", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Empty(Instrumented.Sql.Commands);

        // The count is real: an admin page that lists items from the database shows up in it.
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/admin/content")).StatusCode);
        Assert.NotEmpty(Instrumented.Sql.Commands);
    }

    [Fact]
    public async Task A_publish_an_unpublish_and_a_new_address_show_at_once_to_editors_and_visitors()
    {
        var id = await Site.PublishPlainPageAsync("Store A", "store-a");
        await Client.LoginAsAdminAsync();
        using var visitor = Site.CreateClient();
        Assert.Contains("<h1>Store A</h1>", await Client.GetStringAsync("/store-a"), StringComparison.Ordinal);
        Assert.Contains("<h1>Store A</h1>", await visitor.GetStringAsync("/store-a"), StringComparison.Ordinal);

        await Site.RetitleAsync(id, "Store A, second edition", publish: true);
        Assert.Contains("<h1>Store A, second edition</h1>", await Client.GetStringAsync("/store-a"), StringComparison.Ordinal);
        Assert.Contains("<h1>Store A, second edition</h1>", await visitor.GetStringAsync("/store-a"), StringComparison.Ordinal);

        // A draft changes nothing anyone sees on the public site.
        await Site.RetitleAsync(id, "Store A, draft", publish: false);
        Assert.Contains("<h1>Store A, second edition</h1>", await Client.GetStringAsync("/store-a"), StringComparison.Ordinal);

        await Site.MoveAsync(id, "store-a-moved");
        Assert.Contains("<h1>Store A, draft</h1>", await visitor.GetStringAsync("/store-a-moved"), StringComparison.Ordinal);
        var old = await visitor.GetAsync("/store-a");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/store-a-moved", old.Headers.Location?.OriginalString);

        Assert.True(await Site.WithContentManagerAsync(c => c.UnpublishAsync(id)));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/store-a-moved")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/store-a-moved")).StatusCode);
    }

    [Fact]
    public async Task An_editor_sees_at_once_a_listed_item_a_template_override_and_a_site_setting_that_changed()
    {
        // Page bodies are remembered per node (RenderedContentCache): each change below must show on the next request.
        await Client.LoginAsAdminAsync();
        await Site.PublishPlainPageAsync("Store C", "store-c");
        Assert.Contains("<h1>Store C</h1>", await Client.GetStringAsync("/store-c"), StringComparison.Ordinal);
        Assert.DoesNotContain("Rådsmedlem Cachesen", await Client.GetStringAsync("/medlemmer"), StringComparison.Ordinal);

        // An item that another page lists: its publish changes the list page, not only its own.
        var member = await Site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("CouncilMember");
            item.Part(PartNames.Title)["Title"] = "Rådsmedlem Cachesen";
            return (await contents.CreateAsync(item, publish: true)).ContentItemId;
        });
        Assert.Contains("Rådsmedlem Cachesen", await Client.GetStringAsync("/medlemmer"), StringComparison.Ordinal);
        await Site.RetitleAsync(member, "Rådsmedlem Cachesen-Hansen", publish: true);
        Assert.Contains("Rådsmedlem Cachesen-Hansen", await Client.GetStringAsync("/medlemmer"), StringComparison.Ordinal);

        // A template override, saved and deleted in the admin.
        var saved = await Client.PostFormAsync("/admin/templates/create", "/admin/templates/save",
            [new("name", "Content-" + PublicSiteContent.TypeName), new("content", "<p class=\"overridden\">OVERRIDE {{ Model.Title }}</p>"), new("isNew", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("OVERRIDE Store C", await Client.GetStringAsync("/store-c"), StringComparison.Ordinal);
        var deleted = await Client.PostFormAsync("/admin/templates", "/admin/templates/delete", [new("name", "Content-" + PublicSiteContent.TypeName)]);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("<h1>Store C</h1>", await Client.GetStringAsync("/store-c"), StringComparison.Ordinal);

        // A site setting (the site's name, in every page's title and header).
        try
        {
            Assert.True((await Site.RunRecipeAsync("""{ "name": "t", "steps": [ { "name": "Settings", "SiteName": "Rådet med ny cache" } ] }""")).Succeeded);
            Assert.Contains("<title>Store C – Rådet med ny cache</title>", await Client.GetStringAsync("/store-c"), StringComparison.Ordinal);
        }
        finally
        {
            await Site.RunRecipeAsync("""{ "name": "t", "steps": [ { "name": "Settings", "SiteName": "Integrationsrådet" } ] }""");
        }
    }

    [Fact]
    public async Task A_publish_on_another_node_shows_here_after_the_next_check()
    {
        var id = await Site.PublishPlainPageAsync("Store B", "store-b");
        using var visitor = Site.CreateClient();
        Assert.Contains("<h1>Store B</h1>", await visitor.GetStringAsync("/store-b"), StringComparison.Ordinal);

        // A second node on the same database publishes; this node hears nothing of it but the database.
        await using (var other = new SiteFactory(Fixture.Database))
        {
            other.Start();
            await other.RetitleAsync(id, "Store B, from the other node", publish: true);
            other.Logs.AssertNoUnexpected();
        }

        var watcher = Site.Services.GetServices<IHostedService>().OfType<PublishedContentWatcher>().Single();
        await watcher.CheckAsync(CancellationToken.None);
        Assert.Contains("<h1>Store B, from the other node</h1>", await visitor.GetStringAsync("/store-b"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_strings_a_page_does_not_read_get_the_one_cached_page()
    {
        Instrumented.OutputCache.Reset();
        var early = Site.Services.GetRequiredService<Cms.Core.Caching.EarlyPageCache>();
        var first = await Client.GetAsync("/?x=1");
        var served = early.Served;
        var second = await Client.GetAsync("/?x=2");
        var third = await Client.GetAsync("/?utm_source=crawler");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // The later ones come from the cache (the copy the early cache holds of the stored page), and only one entry was stored.
        Assert.Equal(served + 2, early.Served);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Single(Instrumented.OutputCache.StoredKeys);

        // A declared key (the lists' page) still tells pages apart.
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/?page=2")).StatusCode);
        Assert.Equal(2, Instrumented.OutputCache.StoredKeys.Count);
    }
}
