using System.Net;
using Cms.Contents.Services;
using LtkSite.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class OutputCacheTests_Sqlite(SqliteSiteFixture fixture) : OutputCacheTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class OutputCacheTests_Postgres(PostgresSiteFixture fixture) : OutputCacheTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>
/// Published pages come from the output cache until a change through the content manager evicts them. A change
/// made straight in the database, past the manager, shows whether a page came from the cache (no timing involved).
/// </summary>
public abstract class OutputCacheTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task A_page_comes_from_the_cache_until_a_publish_evicts_it()
    {
        var id = await Site.PublishPlainPageAsync("Cache A", "cache-a");
        Assert.Contains("<h1>Cache A</h1>", await Client.GetStringAsync("/cache-a"), StringComparison.Ordinal);

        await Site.ChangeTitleBehindTheManagerAsync(id, "Changed behind the manager");
        Assert.Contains("<h1>Cache A</h1>", await Client.GetStringAsync("/cache-a"), StringComparison.Ordinal);

        await Site.RetitleAsync(id, "Cache A, second edition", publish: true);
        Assert.Contains("<h1>Cache A, second edition</h1>", await Client.GetStringAsync("/cache-a"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_unpublishing_and_deleting_in_the_admin_show_on_the_site_at_once()
    {
        var id = await Site.PublishPlainPageAsync("Cache B", "cache-b");
        using var visitor = Site.CreateClient();
        Assert.Contains("<h1>Cache B</h1>", await visitor.GetStringAsync("/cache-b"), StringComparison.Ordinal);

        // A draft changes nothing visitors see.
        await Site.RetitleAsync(id, "Cache B, edited", publish: false);
        Assert.Contains("<h1>Cache B</h1>", await visitor.GetStringAsync("/cache-b"), StringComparison.Ordinal);

        await Client.LoginAsAdminAsync();
        await BulkAsync("publish", id);
        Assert.Contains("<h1>Cache B, edited</h1>", await visitor.GetStringAsync("/cache-b"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/unpublish", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/cache-b")).StatusCode);

        await BulkAsync("publish", id);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/cache-b")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/delete", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/cache-b")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_never_gets_a_cached_page_and_never_fills_the_cache()
    {
        var id = await Site.PublishPlainPageAsync("Cache C", "cache-c");
        await Client.LoginAsAdminAsync();
        using var visitor = Site.CreateClient();

        // The signed-in user's request is not stored: the visitor after them gets a fresh render.
        Assert.Contains("<h1>Cache C</h1>", await Client.GetStringAsync("/cache-c"), StringComparison.Ordinal);
        await Site.ChangeTitleBehindTheCacheAsync(id, "Cache C, first change");
        Assert.Contains("<h1>Cache C, first change</h1>", await visitor.GetStringAsync("/cache-c"), StringComparison.Ordinal);

        // The visitor's page is now cached, but the signed-in user still gets a fresh render.
        await Site.ChangeTitleBehindTheCacheAsync(id, "Cache C, second change");
        Assert.Contains("<h1>Cache C, second change</h1>", await Client.GetStringAsync("/cache-c"), StringComparison.Ordinal);
        Assert.Contains("<h1>Cache C, first change</h1>", await visitor.GetStringAsync("/cache-c"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_one_page_keeps_the_other_pages_cached()
    {
        var other = await Site.PublishPlainPageAsync("Cache D", "cache-d");
        var published = await Site.PublishPlainPageAsync("Cache E", "cache-e");
        Assert.Contains("<h1>Cache D</h1>", await Client.GetStringAsync("/cache-d"), StringComparison.Ordinal);
        Assert.Contains("<h1>Cache E</h1>", await Client.GetStringAsync("/cache-e"), StringComparison.Ordinal);

        await Site.ChangeTitleBehindTheManagerAsync(other, "Cache D, changed behind the manager");
        await Site.RetitleAsync(published, "Cache E, second edition", publish: true);

        Assert.Contains("<h1>Cache E, second edition</h1>", await Client.GetStringAsync("/cache-e"), StringComparison.Ordinal);
        Assert.Contains("<h1>Cache D</h1>", await Client.GetStringAsync("/cache-d"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_is_cached_too_and_a_publish_refreshes_it()
    {
        var id = await Site.PublishPlainPageAsync("Cache F", "cache-f");
        Assert.Contains("http://localhost/cache-f", await Client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);

        // Taken off the site past the manager (the store reads it, no page is evicted): the cached sitemap still lists it.
        await Site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Cms.Core.Data.LtkDbContext>();
            return await db.Set<Cms.Contents.Models.ContentItem>().Where(i => i.ContentItemId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Published, false));
        });
        await Site.Services.GetRequiredService<PublishedContentStore>().RefreshAsync([id]);
        Assert.Contains("http://localhost/cache-f", await Client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);

        await Site.PublishPlainPageAsync("Cache G", "cache-g");
        var sitemap = await Client.GetStringAsync("/sitemap.xml");
        Assert.Contains("http://localhost/cache-g", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("http://localhost/cache-f", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_started_rendering_before_an_eviction_is_not_stored_after_it()
    {
        // The race a publish can meet: a request reads the old item, the publish commits and evicts,
        // then the request's page reaches the store. The store must not keep it.
        var store = Site.Services.GetRequiredService<EvictionAwareOutputCacheStore>();
        var accessor = Site.Services.GetRequiredService<IHttpContextAccessor>();
        var tags = new[] { OutputCacheTags.ContentItem("racepage0000000000000000000") };

        accessor.HttpContext = new DefaultHttpContext();
        store.MarkRequestStart(accessor.HttpContext);
        await store.EvictByTagAsync(tags[0], CancellationToken.None);
        await store.SetAsync("race-old", [1], tags, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Null(await store.GetAsync("race-old", CancellationToken.None));

        // A request that started after the eviction read the new item: its page is stored.
        accessor.HttpContext = new DefaultHttpContext();
        store.MarkRequestStart(accessor.HttpContext);
        await store.SetAsync("race-new", [2], tags, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal([2], await store.GetAsync("race-new", CancellationToken.None));
        accessor.HttpContext = null;
    }

    private async Task BulkAsync(string action, string id)
    {
        var response = await Client.PostFormAsync("/admin/content", "/admin/content/bulk", [new("bulkAction", action), new("ids", id), new("returnUrl", "/admin/content")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
