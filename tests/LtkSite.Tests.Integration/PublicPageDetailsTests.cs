using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cms.Contents.Models;
using Cms.Contents.Services;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class PublicPageDetailsTests_Sqlite(SqliteSiteFixture fixture) : PublicPageDetailsTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class PublicPageDetailsTests_Postgres(PostgresSiteFixture fixture) : PublicPageDetailsTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>Details a visitor of the seeded site notices: page titles, the menus, the grant page's wording, the contact facts.</summary>
public abstract class PublicPageDetailsTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    private const string DanishContact = "ltkcontactda00000000000000";

    [Theory]
    [InlineData("/", "Integrationsrådet")]
    [InlineData("/en", "The Integration Council")]
    [InlineData("/kontakt", "Kontakt Integrationsrådets sekretariat – Integrationsrådet")]
    [InlineData("/en/contact", "Contact the Integration Council's secretariat – The Integration Council")]
    public async Task A_page_named_like_the_site_shows_the_name_once_in_its_title(string path, string title)
    {
        var page = await GetPageAsync(path);

        Assert.Equal(title, page.Title);
    }

    [Theory]
    [InlineData("/tilskud", "59.800 kr.")]
    [InlineData("/en/grants", "DKK 59,800")]
    public async Task The_grant_page_states_the_pool_once(string path, string amount)
    {
        var page = await GetPageAsync(path);
        var main = page.QuerySelector("main")!.TextContent;

        Assert.Equal(1, Occurrences(main, amount));
        Assert.Contains(amount, page.QuerySelector("main .lead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_main_bar_has_only_top_level_items_and_a_section_shows_its_sub_items_as_its_own_menu()
    {
        var festival = await GetPageAsync("/kulturfestival");

        var bar = festival.QuerySelector("nav.site-menu ul.site-menu-bar")!;
        Assert.Equal(["Forside", "Medlemmer", "Vision og målsætninger", "Søg tilskud", "Integrationsprisen", "Kulturfestival", "Kontakt"],
            bar.Children.Select(li => li.QuerySelector("a")!.TextContent));
        Assert.Empty(bar.QuerySelectorAll("ul"));
        Assert.Equal("page", bar.QuerySelector("a[href='/kulturfestival']")!.GetAttribute("aria-current"));

        // The menu button opens the whole menu, sub-items nested under their section.
        var disclosure = festival.QuerySelector("nav.site-menu details.site-menu-disclosure")!;
        Assert.Equal("Menu", disclosure.QuerySelector("summary")!.TextContent.Trim());
        Assert.False(disclosure.HasAttribute("open"));
        var festivalItem = disclosure.QuerySelector("a[href='/kulturfestival']")!.ParentElement!;
        Assert.NotNull(festivalItem.QuerySelector("ul a[href='/lykkens-gave']"));

        var section = festival.QuerySelector("main nav.section-menu")!;
        Assert.Equal("Sider under Kulturfestival", section.QuerySelector("#" + section.GetAttribute("aria-labelledby"))!.TextContent);
        Assert.Equal("Lykkens Gave", section.QuerySelector("a[href='/lykkens-gave']")!.TextContent);

        // On the sub-item's page the bar marks its section and the section menu marks the page.
        var project = await GetPageAsync("/lykkens-gave");
        Assert.Equal("true", project.QuerySelector("ul.site-menu-bar a[href='/kulturfestival']")!.GetAttribute("aria-current"));
        Assert.Equal("page", project.QuerySelector("nav.section-menu a[href='/lykkens-gave']")!.GetAttribute("aria-current"));

        // Pages outside a section with sub-items have no section menu.
        Assert.Null((await GetPageAsync("/medlemmer")).QuerySelector("nav.section-menu"));
    }

    [Fact]
    public async Task The_contact_page_links_the_secretariats_email_and_phone_when_they_are_filled_in()
    {
        await SetContactAsync("Lyngby-Taarbæk Kommune\nIntegrationsrådets sekretariat", "sekretariat@example.org", "+45 12 34 56 78");
        try
        {
            var html = await Client.GetStringAsync("/kontakt");
            HtmlValidator.AssertValid(html, "/kontakt with contact facts");
            var page = new HtmlParser().ParseDocument(html);

            var facts = page.QuerySelectorAll(".contact-facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!);
            Assert.Equal("<p>Lyngby-Taarbæk Kommune<br>Integrationsrådets sekretariat</p>", facts["Adresse"].InnerHtml);
            Assert.Equal("mailto:sekretariat@example.org", facts["E-mail"].QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal("tel:+4512345678", facts["Telefon"].QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal("+45 12 34 56 78", facts["Telefon"].QuerySelector("a")!.TextContent);
        }
        finally
        {
            await SetContactAsync("", "", "");
        }

        Assert.DoesNotContain("tel:", await Client.GetStringAsync("/kontakt"), StringComparison.Ordinal);
    }

    private Task<ContentItem> SetContactAsync(string address, string email, string phone) => Site.WithScopeAsync(async services =>
    {
        var contents = services.GetRequiredService<ContentManager>();
        var latest = await contents.GetAsync(DanishContact, VersionOptions.Latest) ?? throw new InvalidOperationException(DanishContact);
        var contact = latest.Part("ContactPage");
        contact["Address"] = new JsonObject { ["Text"] = address };
        contact["Email"] = new JsonObject { ["Email"] = email };
        contact["Phone"] = new JsonObject { ["Text"] = phone };
        return await contents.UpdateAsync(latest, latest.ContentItemVersionId, publish: true);
    });

    private async Task<IDocument> GetPageAsync(string path)
    {
        var html = await Client.GetStringAsync(path);
        return new HtmlParser().ParseDocument(html);
    }

    private static int Occurrences(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
