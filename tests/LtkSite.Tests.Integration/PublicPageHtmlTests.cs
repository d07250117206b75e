using System.Net;
using LtkSite.Testing;

namespace LtkSite.Tests.Integration;

public sealed class PublicPageHtmlTests_Sqlite(SqliteSiteFixture fixture) : PublicPageHtmlTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class PublicPageHtmlTests_Postgres(PostgresSiteFixture fixture) : PublicPageHtmlTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>Every public page of the seeded site, in Danish and English, is valid HTML in the theme's layout.</summary>
public abstract class PublicPageHtmlTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task Every_seeded_page_is_valid_html_in_its_language()
    {
        foreach (var path in SeededSite.Pages.Select(p => p.Path))
        {
            var response = await Client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();

            HtmlValidator.AssertValid(html, path);
            var english = path == "/en" || path.StartsWith("/en/", StringComparison.Ordinal);
            Assert.Contains(english ? "<html lang=\"en\">" : "<html lang=\"da\">", html, StringComparison.Ordinal);
            Assert.Contains(english ? ">Skip to main content</a>" : ">Gå til hovedindhold</a>", html, StringComparison.Ordinal);
            Assert.Contains("<main id=\"main\"", html, StringComparison.Ordinal);
            Assert.Contains(english ? "Log in for editors" : "Log ind for redaktører", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_layout_has_the_council_the_slots_for_navigation_and_the_footer_links()
    {
        var html = await Client.GetStringAsync("/kontakt");

        Assert.Contains("<span class=\"site-brand-municipality\">Lyngby-Taarbæk Kommune</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"site-brand-name\">Integrationsrådet</span>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"site-nav\">", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"site-language\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/tilgaengelighedserklaering\" hreflang=\"da\">Tilgængelighedserklæring</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/privatliv\" hreflang=\"da\">Privatlivspolitik</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/login\">Log ind for redaktører</a>", html, StringComparison.Ordinal);
        // Nothing is fetched from elsewhere: no external fonts, scripts or trackers.
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//(?!localhost/)", html);

        var english = await Client.GetStringAsync("/en/contact");
        Assert.Contains("<span class=\"site-brand-municipality\">Lyngby-Taarbæk Municipality</span>", english, StringComparison.Ordinal);
        Assert.Contains("<span class=\"site-brand-name\">The Integration Council</span>", english, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/tilgaengelighedserklaering\" hreflang=\"da\">Accessibility statement (in Danish)</a>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seeded_pages_show_their_facts_through_their_types_templates()
    {
        var festival = await Client.GetStringAsync("/kulturfestival");
        Assert.Contains("<div><dt>Samarbejdspartnere</dt><dd>Stadsbiblioteket</dd></div>", festival, StringComparison.Ordinal);
        Assert.Contains("<div><dt>Besøgende</dt><dd>ca. 2.000</dd></div>", festival, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"programme-heading\">Program</h2>", festival, StringComparison.Ordinal);
        Assert.Contains("<li>Mad fra hele verden (lavet af frivillige)</li>", festival, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"prize-award-heading\">Integrationsprisen</h2>", festival, StringComparison.Ordinal);
        Assert.Contains("<dd>about 2,000</dd>", await Client.GetStringAsync("/en/festival"), StringComparison.Ordinal);

        var vision = await Client.GetStringAsync("/visioner-og-maalsaetninger");
        Assert.Contains("<h2 id=\"vision-heading\">Visionen</h2>", vision, StringComparison.Ordinal);
        Assert.Contains("<blockquote class=\"vision-text\"><p>”At adgang til", vision, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"objectives-heading\">Målsætningerne</h2>", vision, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"target-group-heading\">Målgruppe</h2>", vision, StringComparison.Ordinal);

        var contact = await Client.GetStringAsync("/kontakt");
        Assert.Contains("<div><dt>Sekretariat</dt><dd>Integrationsrådets sekretariat, Lyngby-Taarbæk Kommune</dd></div>", contact, StringComparison.Ordinal);
        // Empty contact facts are left out rather than shown blank.
        Assert.DoesNotContain("<dt>Telefon</dt>", contact, StringComparison.Ordinal);

        var project = await Client.GetStringAsync("/lykkens-gave");
        Assert.Contains("<div><dt>Periode</dt><dd>Efteråret 2016</dd></div>", project, StringComparison.Ordinal);
        Assert.Contains("<p class=\"lead\">Filmen ”Lykkens Gave”", project, StringComparison.Ordinal);

        var front = await Client.GetStringAsync("/");
        Assert.Contains("<p class=\"lead\">Integrationsrådet har til formål", front, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_member_items_the_members_page_shows_the_seats_and_no_names()
    {
        foreach (var path in new[] { "/medlemmer", "/en/members" })
        {
            var html = await Client.GetStringAsync(path);

            Assert.Contains("23", html, StringComparison.Ordinal);
            Assert.DoesNotContain("class=\"members\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("member-name", html, StringComparison.Ordinal);
        }

        // No news published yet: the front page has no empty news section.
        Assert.DoesNotContain("latest-news", await Client.GetStringAsync("/"), StringComparison.Ordinal);
    }
}
