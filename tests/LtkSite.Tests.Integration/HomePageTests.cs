using System.Net;
using LtkSite.Testing;

namespace LtkSite.Tests.Integration;

public sealed class HomePageTests(SqliteSiteFixture fixture) : SiteTest<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>
{
    [Fact]
    public async Task Home_page_renders_through_the_theme_layout_in_Danish()
    {
        var response = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"da\">", html, StringComparison.Ordinal);
        Assert.Contains("<header class=\"site-header\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"site-brand-name\">Integrationsrådet</span>", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\"", html, StringComparison.Ordinal);
        Assert.Contains("23 medlemmer", html, StringComparison.Ordinal);
        Assert.Contains("<footer class=\"site-footer\">", html, StringComparison.Ordinal);
        Assert.Contains("Integrationsrådets sekretariat", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/tilgaengelighedserklaering\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Theme_stylesheet_is_fingerprinted_and_served()
    {
        var html = await Client.GetStringAsync("/");
        var match = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/_content/LtkTheme/theme\\.[a-z0-9]+\\.css)\"");
        Assert.True(match.Success, "the layout links a fingerprinted theme.css");

        var css = await Client.GetAsync(match.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Contains("--brand", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Fingerprinted, so browsers may keep it for a year without asking again.
        Assert.Equal(TimeSpan.FromDays(365), css.Headers.CacheControl!.MaxAge);
        Assert.Contains("immutable", css.Headers.CacheControl.Extensions.Select(e => e.Name));
    }

    [Fact]
    public async Task Unknown_address_gets_the_themed_404_page()
    {
        var response = await Client.GetAsync("/findes-ikke");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Siden findes ikke", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"da\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_send_security_headers()
    {
        var response = await Client.GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
