using System.Net;
using System.Text.RegularExpressions;
using Cms.Contents.Services;
using Cms.Core.Caching;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LtkSite.Tests.Integration;

public sealed class EarlyPageCacheTests_Sqlite(SqliteSiteFixture fixture) : EarlyPageCacheTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class EarlyPageCacheTests_Postgres(PostgresSiteFixture fixture) : EarlyPageCacheTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>
/// A visitor without cookies is answered at the start of the pipeline with the page the output cache stored: the same
/// page and headers, until a publish evicts it; never a signed-in user's page, never a form, and each address and
/// language apart. A change made past the manager shows whether a page came from a cache (no timing involved).
/// </summary>
public abstract partial class EarlyPageCacheTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    private EarlyPageCache Early => Site.Services.GetRequiredService<EarlyPageCache>();

    /// <summary>
    /// Takes in now what the node's check for other nodes' changes would find at its next round (a new type's serial, the
    /// new page), so that its eviction does not fall between two requests of a test.
    /// </summary>
    private Task SettleAsync() =>
        Site.Services.GetServices<IHostedService>().OfType<PublishedContentWatcher>().Single().CheckAsync(CancellationToken.None);

    [Fact]
    public async Task A_visitor_without_cookies_gets_the_stored_page_and_its_headers_until_a_publish_evicts_it()
    {
        var id = await Site.PublishPlainPageAsync("Early A", "early-a");
        await SettleAsync();
        using var visitor = Site.CreateClient(new() { HandleCookies = false });
        var first = await visitor.GetAsync("/early-a");
        var firstHtml = await first.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Early A</h1>", firstHtml, StringComparison.Ordinal);

        await Site.ChangeTitleBehindTheManagerAsync(id, "Changed behind the manager");
        var served = Early.Served;
        var second = await visitor.GetAsync("/early-a");
        Assert.Equal(served + 1, Early.Served);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstHtml, await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(first.Content.Headers.ContentLanguage, second.Content.Headers.ContentLanguage);
        foreach (var header in new[] { "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy" })
        {
            Assert.Equal(first.Headers.GetValues(header), second.Headers.GetValues(header));
        }

        Assert.False(second.Headers.Contains("Set-Cookie"));

        await Site.RetitleAsync(id, "Early A, second edition", publish: true);
        Assert.Contains("<h1>Early A, second edition</h1>", await visitor.GetStringAsync("/early-a"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Danish_and_the_English_home_page_are_held_apart()
    {
        await SettleAsync();
        using var visitor = Site.CreateClient(new() { HandleCookies = false });
        foreach (var round in new[] { 1, 2 })
        {
            var served = Early.Served;
            Assert.Contains("<html lang=\"da\">", await visitor.GetStringAsync("/"), StringComparison.Ordinal);
            Assert.Contains("<html lang=\"en\">", await visitor.GetStringAsync("/en"), StringComparison.Ordinal);
            if (round == 2)
            {
                Assert.Equal(served + 2, Early.Served);
            }
        }
    }

    [Fact]
    public async Task A_query_string_the_page_does_not_read_gets_the_held_page_and_a_language_asked_for_in_it_does_not()
    {
        var id = await Site.PublishPlainPageAsync("Early B", "early-b");
        await SettleAsync();
        using var visitor = Site.CreateClient(new() { HandleCookies = false });
        Assert.Contains("<h1>Early B</h1>", await visitor.GetStringAsync("/early-b"), StringComparison.Ordinal);
        await Site.ChangeTitleBehindTheManagerAsync(id, "Changed behind the manager");

        var served = Early.Served;
        Assert.Contains("<h1>Early B</h1>", await visitor.GetStringAsync($"/early-b?x={Guid.NewGuid():N}"), StringComparison.Ordinal);
        Assert.Equal(served + 1, Early.Served);

        // The output cache answers it (the address's language wins on a public page), not the early cache.
        var html = await visitor.GetStringAsync("/early-b?culture=en");
        Assert.Contains("<html lang=\"da\">", html, StringComparison.Ordinal);
        Assert.Equal(served + 1, Early.Served);
    }

    [Fact]
    public async Task A_signed_in_user_is_never_answered_from_it_and_never_fills_it()
    {
        var id = await Site.PublishPlainPageAsync("Early C", "early-c");
        await SettleAsync();
        await Client.LoginAsAdminAsync();
        using var visitor = Site.CreateClient(new() { HandleCookies = false });

        var served = Early.Served;
        Assert.Contains("<h1>Early C</h1>", await Client.GetStringAsync("/early-c"), StringComparison.Ordinal);
        await Site.ChangeTitleBehindTheCacheAsync(id, "Early C, first change");
        Assert.Contains("<h1>Early C, first change</h1>", await visitor.GetStringAsync("/early-c"), StringComparison.Ordinal);

        await Site.ChangeTitleBehindTheCacheAsync(id, "Early C, second change");
        Assert.Contains("<h1>Early C, second change</h1>", await Client.GetStringAsync("/early-c"), StringComparison.Ordinal);
        Assert.Contains("<h1>Early C, first change</h1>", await visitor.GetStringAsync("/early-c"), StringComparison.Ordinal);
        Assert.Equal(served + 1, Early.Served);
    }

    [Fact]
    public async Task A_page_stored_for_a_visitor_with_cookies_is_held_from_the_next_visit_without_them()
    {
        var id = await Site.PublishPlainPageAsync("Early D", "early-d");
        await SettleAsync();
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/early-d");
        withCookie.Headers.Add("Cookie", "seen=1");
        using var visitor = Site.CreateClient(new() { HandleCookies = false });
        Assert.Contains("<h1>Early D</h1>", await (await visitor.SendAsync(withCookie)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await Site.ChangeTitleBehindTheCacheAsync(id, "Early D, changed");
        var served = Early.Served;
        Assert.Contains("<h1>Early D, changed</h1>", await visitor.GetStringAsync("/early-d"), StringComparison.Ordinal);
        await Site.ChangeTitleBehindTheCacheAsync(id, "Early D, changed again");
        Assert.Contains("<h1>Early D, changed</h1>", await visitor.GetStringAsync("/early-d"), StringComparison.Ordinal);
        Assert.Equal(served + 1, Early.Served);
    }

    [Fact]
    public async Task A_form_page_is_never_held()
    {
        using var visitor = Site.CreateClient(new() { HandleCookies = false });
        var served = Early.Served;
        var first = await visitor.GetAsync("/login");
        var second = await visitor.GetAsync("/login");

        Assert.Equal(served, Early.Served);
        Assert.True(second.Headers.Contains("Set-Cookie"));
        Assert.NotEqual(Token(await first.Content.ReadAsStringAsync()), Token(await second.Content.ReadAsStringAsync()));
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value is { Length: > 0 } token
        ? token
        : throw new InvalidOperationException("The page has no anti-forgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
