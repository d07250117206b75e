using System.Globalization;
using System.Net;
using System.Xml.Linq;
using LtkSite.Testing;

namespace LtkSite.Tests.Integration;

public sealed class SitemapTests_Sqlite(SqliteSiteFixture fixture) : SitemapTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class SitemapTests_Postgres(PostgresSiteFixture fixture) : SitemapTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>/sitemap.xml and /robots.txt, as search engines read them.</summary>
public abstract class SitemapTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    private static readonly XNamespace s_sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace s_xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task The_sitemap_lists_every_published_page_in_both_languages_with_their_translations()
    {
        var response = await Client.GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var urls = await ReadAsync(response);

        foreach (var (path, _) in SeededContentTests<TFixture>.Pages)
        {
            Assert.True(urls.ContainsKey("http://localhost" + path), $"{path} is in the sitemap");
        }

        Assert.DoesNotContain(urls.Keys, u => u.EndsWith("/integrationsraadet", StringComparison.Ordinal) || u.EndsWith("/integration-council", StringComparison.Ordinal));
        Assert.All(urls.Values, u => Assert.True(DateTime.TryParse(u.Element(s_sitemap + "lastmod")!.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _)));

        Assert.Equal(
            [("da", "http://localhost/medlemmer"), ("en", "http://localhost/en/members"), ("x-default", "http://localhost/medlemmer")],
            Alternates(urls["http://localhost/en/members"]));
        Assert.Equal(
            [("da", "http://localhost/"), ("en", "http://localhost/en"), ("x-default", "http://localhost/")],
            Alternates(urls["http://localhost/"]));
        Assert.Empty(Alternates(urls["http://localhost/privatliv"]));
    }

    [Fact]
    public async Task A_page_published_or_unpublished_shows_in_the_sitemap_at_once()
    {
        Assert.DoesNotContain("http://localhost/sitemap-ny-side", (await ReadAsync(await Client.GetAsync("/sitemap.xml"))).Keys);

        var id = await Site.PublishPlainPageAsync("Ny side til sitemap", "sitemap-ny-side");
        Assert.Contains("http://localhost/sitemap-ny-side", (await ReadAsync(await Client.GetAsync("/sitemap.xml"))).Keys);

        Assert.True(await Site.WithContentManagerAsync(c => c.UnpublishAsync(id)));
        Assert.DoesNotContain("http://localhost/sitemap-ny-side", (await ReadAsync(await Client.GetAsync("/sitemap.xml"))).Keys);
    }

    [Fact]
    public async Task Robots_may_read_the_public_site_but_not_the_admin_or_previews_and_find_the_sitemap()
    {
        var response = await Client.GetAsync("/robots.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Allow: /", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Disallow: /preview", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    private static async Task<Dictionary<string, XElement>> ReadAsync(HttpResponseMessage response)
    {
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.Root!.Elements(s_sitemap + "url").ToDictionary(u => u.Element(s_sitemap + "loc")!.Value);
    }

    private static List<(string, string)> Alternates(XElement url) =>
        url.Elements(s_xhtml + "link").Select(l => ((string)l.Attribute("hreflang")!, (string)l.Attribute("href")!)).ToList();
}
