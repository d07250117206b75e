using System.Net;
using LtkSite.Testing;

namespace LtkSite.Tests.Integration;

public sealed class HomeAndLanguageTests_Sqlite(SqliteSiteFixture fixture) : HomeAndLanguageTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class HomeAndLanguageTests_Postgres(PostgresSiteFixture fixture) : HomeAndLanguageTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>The home pages, one address per page, the language switch and hreflang links, and the not-found page in each language.</summary>
public abstract class HomeAndLanguageTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task The_home_pages_show_the_front_page_in_Danish_and_English()
    {
        var danish = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, danish.StatusCode);
        var html = await danish.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"da\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Integrationsrådet</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Integrationsrådet består af 23 medlemmer", html, StringComparison.Ordinal);

        var english = await Client.GetAsync("/en");
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        var englishHtml = await english.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", englishHtml, StringComparison.Ordinal);
        Assert.Contains("<h1>The Integration Council</h1>", englishHtml, StringComparison.Ordinal);
        Assert.Contains("23 members", englishHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/medlemmer", "en-GB,en;q=0.9", "da", "Gå til hovedindhold")]
    [InlineData("/en/members", "da-DK,da;q=0.9", "en", "Skip to main content")]
    public async Task A_page_speaks_the_language_of_its_address_whatever_the_browser_prefers(string address, string browserLanguages, string language, string skipLink)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.AcceptLanguage.ParseAdd(browserLanguages);
        var html = await (await Client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains(skipLink, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitors_may_ask_for_the_home_page_with_HEAD()
    {
        var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/en"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/integrationsraadet", "/")]
    [InlineData("/en/integration-council", "/en")]
    public async Task The_front_pages_own_addresses_redirect_permanently_to_the_home_page(string address, string home)
    {
        var response = await Client.GetAsync(address);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(home, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_language_switch_goes_to_the_same_page_in_the_other_language()
    {
        var members = await Client.GetStringAsync("/medlemmer");
        Assert.Contains("<a href=\"/en/members\" lang=\"en\" hreflang=\"en\">English</a>", members, StringComparison.Ordinal);

        var englishMembers = await Client.GetStringAsync("/en/members");
        Assert.Contains("<a href=\"/medlemmer\" lang=\"da\" hreflang=\"da\">Dansk</a>", englishMembers, StringComparison.Ordinal);

        Assert.Contains("<a href=\"/en\" lang=\"en\" hreflang=\"en\">English</a>", await Client.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\" lang=\"da\" hreflang=\"da\">Dansk</a>", await Client.GetStringAsync("/en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_without_a_translation_switches_to_the_other_languages_home_page()
    {
        var privacy = await Client.GetStringAsync("/privatliv");
        Assert.Contains("<a href=\"/en\" lang=\"en\" hreflang=\"en\">English</a>", privacy, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"alternate\"", privacy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_translation_is_unpublished_the_switch_goes_home_and_comes_back_when_it_is_published_again()
    {
        const string english = "ltkfestivalen0000000000000";
        Assert.Contains("<a href=\"/en/festival\" lang=\"en\"", await Client.GetStringAsync("/kulturfestival"), StringComparison.Ordinal);

        Assert.True(await Site.WithContentManagerAsync(c => c.UnpublishAsync(english)));
        try
        {
            var festival = await Client.GetStringAsync("/kulturfestival");
            Assert.Contains("<a href=\"/en\" lang=\"en\" hreflang=\"en\">English</a>", festival, StringComparison.Ordinal);
            Assert.DoesNotContain("/en/festival", festival, StringComparison.Ordinal);
        }
        finally
        {
            Assert.True(await Site.WithContentManagerAsync(c => c.PublishAsync(english)));
        }

        Assert.Contains("<a href=\"/en/festival\" lang=\"en\"", await Client.GetStringAsync("/kulturfestival"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_with_translations_link_them_with_hreflang_in_the_head()
    {
        var grants = await Client.GetStringAsync("/en/grants");
        var head = grants[..grants.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Contains("<link rel=\"alternate\" hreflang=\"da\" href=\"http://localhost/tilskud\">", head, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/en/grants\">", head, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost/tilskud\">", head, StringComparison.Ordinal);

        var home = await Client.GetStringAsync("/");
        Assert.Contains("<link rel=\"alternate\" hreflang=\"da\" href=\"http://localhost/\">", home, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/en\">", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/some-missing-page", "da", "Siden findes ikke", "<a href=\"/\">Gå til forsiden</a>")]
    [InlineData("/en/some-missing-page", "en", "Page not found", "<a href=\"/en\">Go to the front page</a>")]
    public async Task A_missing_page_answers_404_in_the_sites_look_and_the_addresss_language(string address, string language, string heading, string homeLink)
    {
        var response = await Client.GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        ErrorPageTests.AssertThemedErrorPage(await response.Content.ReadAsStringAsync(), language, heading, homeLink);
    }
}
