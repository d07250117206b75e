using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Contents.Services;
using Cms.Core.Security;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class MenuTests_Sqlite(SqliteSiteFixture fixture) : MenuTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class MenuTests_Postgres(PostgresSiteFixture fixture) : MenuTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>Menus as content: the seeded main menus on the public site, the breadcrumb, and the menu editor at /admin/menus.</summary>
public abstract partial class MenuTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    private const string DanishMenu = "ltkmenumainda0000000000000";
    private const string EnglishMenu = "ltkmenumainen0000000000000";

    [Fact]
    public async Task Seeded_Danish_and_English_menus_render_nested_with_the_current_page_marked()
    {
        var danish = await Client.GetStringAsync("/kulturfestival");
        var nav = Nav(danish, "Hovedmenu");
        Assert.Contains("<a href=\"/\">Forside</a>", nav, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/medlemmer\">Medlemmer</a>", nav, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/kontakt\">Kontakt</a>", nav, StringComparison.Ordinal);
        Assert.Matches(new Regex("<a href=\"/kulturfestival\" aria-current=\"page\">Kulturfestival</a>\\s*<ul class=\"site-menu-sublist\">\\s*<li>\\s*<a href=\"/lykkens-gave\">Lykkens Gave</a>"), nav);
        // The nav holds the bar of top-level items and the menu button's nested menu: each marks the page once.
        var bar = nav[..nav.IndexOf("<details", StringComparison.Ordinal)];
        var disclosure = nav[nav.IndexOf("<details", StringComparison.Ordinal)..];
        Assert.Single(Regex.Matches(bar, "aria-current"));
        Assert.Single(Regex.Matches(disclosure, "aria-current"));
        Assert.DoesNotContain("Lykkens Gave", bar, StringComparison.Ordinal);

        var english = await Client.GetStringAsync("/en/members");
        var englishNav = Nav(english, "Main menu");
        Assert.Contains("<a href=\"/en/members\" aria-current=\"page\">Members</a>", englishNav, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/festival\">Culture Festival</a>", englishNav, StringComparison.Ordinal);
        Assert.DoesNotContain("Lykkens Gave", englishNav, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breadcrumb_shows_the_menu_ancestors_of_a_nested_page_and_the_title_of_other_pages()
    {
        var nested = Breadcrumb(await Client.GetStringAsync("/lykkens-gave"), "Brødkrumme");
        Assert.Matches(new Regex("<li>\\s*<a href=\"/\">Forside</a>\\s*</li>\\s*<li>\\s*<a href=\"/kulturfestival\">Kulturfestival</a>\\s*</li>\\s*<li>\\s*<span aria-current=\"page\">Lykkens Gave</span>\\s*</li>\\s*</ol>"), nested);

        var outside = Breadcrumb(await Client.GetStringAsync("/privatliv"), "Brødkrumme");
        Assert.Matches(new Regex("<li>\\s*<a href=\"/\">Forside</a>\\s*</li>\\s*<li>\\s*<span aria-current=\"page\">Sådan behandler vi dine personoplysninger</span>\\s*</li>"), outside);

        var english = Breadcrumb(await Client.GetStringAsync("/en/prize"), "Breadcrumb");
        Assert.Matches(new Regex("<li>\\s*<a href=\"/en\">Front page</a>\\s*</li>\\s*<li>\\s*<span aria-current=\"page\">Integration Prize</span>\\s*</li>"), english);

        Assert.DoesNotContain("class=\"breadcrumb\"", await Client.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"breadcrumb\"", await Client.GetStringAsync("/en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_a_page_follows_the_pages_new_address()
    {
        var pageId = await CreatePageAsync("Menuprøve flyttes", "menuproeve-gammel");
        await Client.LoginAsAdminAsync();
        await AddContentLinkAsync(DanishMenu, pageId, "Menuprøve");
        await PublishAsync(DanishMenu);
        Assert.Contains("<a href=\"/menuproeve-gammel\">Menuprøve</a>", Nav(await Client.GetStringAsync("/kontakt"), "Hovedmenu"), StringComparison.Ordinal);

        await Site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var page = (await contents.GetAsync(pageId, VersionOptions.Latest))!;
            var edited = page.CloneAsNewVersion();
            edited.Part("AutoroutePart")["Path"] = "menuproeve-ny";
            return await contents.UpdateAsync(edited, page.ContentItemVersionId, publish: true);
        });

        var nav = Nav(await Client.GetStringAsync("/kontakt"), "Hovedmenu");
        Assert.Contains("<a href=\"/menuproeve-ny\">Menuprøve</a>", nav, StringComparison.Ordinal);
        Assert.DoesNotContain("menuproeve-gammel", nav, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Menuprøve</a>", Nav(await Client.GetStringAsync("/menuproeve-ny"), "Hovedmenu"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unpublished_or_deleted_page_disappears_from_the_menu()
    {
        var unpublishedId = await CreatePageAsync("Menuprøve afpubliceres", "menuproeve-afpubliceres");
        var deletedId = await CreatePageAsync("Menuprøve slettes", "menuproeve-slettes");
        await Client.LoginAsAdminAsync();
        await AddContentLinkAsync(DanishMenu, unpublishedId, "Afpubliceres");
        await AddContentLinkAsync(DanishMenu, deletedId, "Slettes");
        await PublishAsync(DanishMenu);
        var before = Nav(await Client.GetStringAsync("/kontakt"), "Hovedmenu");
        Assert.Contains("<a href=\"/menuproeve-afpubliceres\">Afpubliceres</a>", before, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/menuproeve-slettes\">Slettes</a>", before, StringComparison.Ordinal);

        await Site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            return await contents.UnpublishAsync(unpublishedId) && await contents.RemoveAsync(deletedId);
        });

        var after = Nav(await Client.GetStringAsync("/kontakt"), "Hovedmenu");
        Assert.DoesNotContain("Afpubliceres", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Slettes", after, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/kontakt\" aria-current=\"page\">Kontakt</a>", after, StringComparison.Ordinal);
        Assert.Contains("Siden er ikke udgivet eller er slettet", await Client.GetStringAsync("/admin/menus/" + DanishMenu), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_menu_saved_as_draft_changes_the_site_only_when_published()
    {
        await Client.LoginAsAdminAsync();
        var added = await Client.PostFormAsync("/admin/menus/" + EnglishMenu, $"/admin/menus/{EnglishMenu}/links",
            [new("baseVersionId", await VersionAsync(EnglishMenu)), new("LinkText", "Municipality"), new("LinkUrl", "https://www.ltk.dk/"), new("linkParent", "")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var editor = await Client.GetStringAsync("/admin/menus/" + EnglishMenu);
        Assert.Contains("Linket Municipality blev tilføjet. Udgiv menuen for at vise det på sitet.", editor, StringComparison.Ordinal);
        Assert.Contains("Menuen har ændringer, der endnu ikke er udgivet.", editor, StringComparison.Ordinal);

        using var visitor = Site.CreateClient();
        Assert.DoesNotContain("https://www.ltk.dk/", Nav(await visitor.GetStringAsync("/en/contact"), "Main menu"), StringComparison.Ordinal);

        await PublishAsync(EnglishMenu);
        Assert.Contains("<a href=\"https://www.ltk.dk/\">Municipality</a>", Nav(await visitor.GetStringAsync("/en/contact"), "Main menu"), StringComparison.Ordinal);
        Assert.Contains("Menuen er udgivet, som den ses herunder.", await Client.GetStringAsync("/admin/menus/" + EnglishMenu), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_adds_nests_reorders_renames_and_removes_items_as_new_versions()
    {
        var menuId = await CreateMenuAsync("Prøvemenu");
        await Client.LoginAsAdminAsync();
        Assert.Contains(">Prøvemenu</a>", await Client.GetStringAsync("/admin/menus"), StringComparison.Ordinal);
        foreach (var (text, url) in new[] { ("Alfa", "/alfa"), ("Beta", "/beta"), ("Gamma", "https://example.org/gamma") })
        {
            var response = await Client.PostFormAsync("/admin/menus/" + menuId, $"/admin/menus/{menuId}/links",
                [new("baseVersionId", await VersionAsync(menuId)), new("LinkText", text), new("LinkUrl", url), new("linkParent", "")]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(["Alfa", "Beta", "Gamma"], Outline(await LatestMenuAsync(menuId)));

        var gamma = ItemId(await Client.GetStringAsync("/admin/menus/" + menuId), "Gamma");
        await MoveAsync(menuId, gamma, "Up");
        Assert.Equal(["Alfa", "Gamma", "Beta"], Outline(await LatestMenuAsync(menuId)));
        await MoveAsync(menuId, gamma, "In");
        Assert.Equal(["Alfa", "  Gamma", "Beta"], Outline(await LatestMenuAsync(menuId)));

        // Choosing a parent on the item's own page, and renaming it there.
        var page = await Client.GetStringAsync("/admin/menus/" + menuId);
        var beta = ItemId(page, "Beta");
        var alfa = ItemId(page, "Alfa");
        var saved = await Client.PostFormAsync($"/admin/menus/{menuId}/items/{beta}", $"/admin/menus/{menuId}/items/{beta}",
            [new("baseVersionId", await VersionAsync(menuId)), new("ItemText", "Beta omdøbt"), new("ItemUrl", "/beta-ny"), new("ItemParent", alfa)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["Alfa", "  Gamma", "  Beta omdøbt"], Outline(await LatestMenuAsync(menuId)));

        await MoveAsync(menuId, gamma, "Down");
        await MoveAsync(menuId, gamma, "Out");
        Assert.Equal(["Alfa", "  Beta omdøbt", "Gamma"], Outline(await LatestMenuAsync(menuId)));

        var removed = await Client.PostFormAsync("/admin/menus/" + menuId, $"/admin/menus/{menuId}/remove", [new("baseVersionId", await VersionAsync(menuId)), new("itemId", alfa)]);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Menupunktet Alfa blev fjernet.", await Client.GetStringAsync("/admin/menus/" + menuId), StringComparison.Ordinal);
        Assert.Equal(["Gamma"], Outline(await LatestMenuAsync(menuId)));

        // Every change is a version of the menu, and the history shows them.
        var versions = await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().GetVersionsAsync(menuId));
        Assert.True(versions.Count >= 9, $"expected a version per change, found {versions.Count}");
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/admin/content/{menuId}/versions")).StatusCode);
    }

    [Fact]
    public async Task A_bad_address_is_refused_at_the_field_and_what_was_typed_is_kept()
    {
        var menuId = await CreateMenuAsync("Fejlmenu");
        await Client.LoginAsAdminAsync();
        foreach (var bad in new[] { "javascript:alert(1)", "www.ltk.dk", "//evil.example/", "ftp://ltk.dk/" })
        {
            var response = await Client.PostFormAsync("/admin/menus/" + menuId, $"/admin/menus/{menuId}/links",
                [new("baseVersionId", await VersionAsync(menuId)), new("LinkText", "Kommunen & rådet"), new("LinkUrl", bad), new("linkParent", "")]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("class=\"error-summary\"", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"#LinkUrl\">Adressen skal være en sti på sitet, der begynder med /", html, StringComparison.Ordinal);
            Assert.Contains("id=\"LinkUrl-error\">Adressen skal være en sti på sitet", html, StringComparison.Ordinal);
            Assert.Contains("value=\"Kommunen &amp; rådet\"", html, StringComparison.Ordinal);
            Assert.Contains($"value=\"{WebUtility.HtmlEncode(bad)}\"", html, StringComparison.Ordinal);
        }

        var missingPage = await Client.PostFormAsync("/admin/menus/" + menuId, $"/admin/menus/{menuId}/content-links",
            [new("baseVersionId", await VersionAsync(menuId)), new("ContentText", "Min tekst"), new("contentParent", "")]);
        var missingHtml = await missingPage.Content.ReadAsStringAsync();
        Assert.Contains("Vælg den side, menupunktet skal linke til.", missingHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Min tekst\"", missingHtml, StringComparison.Ordinal);
        Assert.Empty(Outline(await LatestMenuAsync(menuId)));
    }

    [Fact]
    public async Task A_save_based_on_an_old_version_is_refused_and_says_who_saved()
    {
        var menuId = await CreateMenuAsync("Samtidig menu");
        await Client.LoginAsAdminAsync();
        var old = await VersionAsync(menuId);
        await Client.PostFormAsync("/admin/menus/" + menuId, $"/admin/menus/{menuId}/links", [new("baseVersionId", old), new("LinkText", "Første"), new("LinkUrl", "/foerste"), new("linkParent", "")]);
        var late = await Client.PostFormAsync("/admin/menus/" + menuId, $"/admin/menus/{menuId}/links", [new("baseVersionId", old), new("LinkText", "Anden"), new("LinkUrl", "/anden"), new("linkParent", "")]);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var html = await late.Content.ReadAsStringAsync();
        Assert.Contains("admin gemte menuen, mens du arbejdede, så din ændring blev ikke gemt.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Anden\"", html, StringComparison.Ordinal);
        Assert.Equal(["Første"], Outline(await LatestMenuAsync(menuId)));
    }

    [Fact]
    public async Task A_menu_change_without_the_version_it_started_from_is_refused_and_keeps_what_was_typed()
    {
        var menuId = await CreateMenuAsync("Menu uden udgangspunkt");
        await Client.LoginAsAdminAsync();

        var refused = await Client.PostFormAsync("/admin/menus/" + menuId, $"/admin/menus/{menuId}/links", [new("LinkText", "Uden version"), new("LinkUrl", "/uden-version"), new("linkParent", "")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Din ændring blev ikke gemt, fordi formularen ikke oplyste, hvilken version af menuen du tog udgangspunkt i.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Uden version\"", html, StringComparison.Ordinal);
        Assert.Empty(Outline(await LatestMenuAsync(menuId)));

        var publish = WebUtility.HtmlDecode(await (await Client.PostFormAsync("/admin/menus/" + menuId, $"/admin/menus/{menuId}/publish", [])).Content.ReadAsStringAsync());
        Assert.Contains("Din ændring blev ikke gemt, fordi formularen ikke oplyste, hvilken version af menuen du tog udgangspunkt i.", publish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_manages_menus_and_a_user_without_the_permission_is_refused()
    {
        await Site.CreateUserAsync("menu-editor", "Editor-password-1", CmsRoles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.LoginAsync("menu-editor", "Editor-password-1")).StatusCode);
        var list = await Client.GetStringAsync("/admin/menus");
        Assert.Contains(">Hovedmenu</a>", list, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/menus\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/admin/menus/" + DanishMenu)).StatusCode);

        using var secretariat = Site.CreateClient();
        await Site.CreateUserAsync("menu-secretary", "Secretary-password-1", CmsRoles.Secretariat);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.LoginAsync("menu-secretary", "Secretary-password-1")).StatusCode);
        Assert.DoesNotContain("href=\"/admin/menus\"", await secretariat.GetStringAsync("/admin"), StringComparison.Ordinal);
        foreach (var response in new[]
        {
            await secretariat.GetAsync("/admin/menus"),
            await secretariat.GetAsync("/admin/menus/" + DanishMenu),
            await secretariat.PostFormAsync("/admin", $"/admin/menus/{DanishMenu}/remove", [new("itemId", "ltkmenuitemdacontact000000")]),
        })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/access-denied", response.Headers.Location!.AbsolutePath);
            Assert.Equal(HttpStatusCode.Forbidden, (await secretariat.GetAsync(response.Headers.Location)).StatusCode);
        }

        Assert.Contains("ltkmenuitemdacontact000000", (await LatestMenuAsync(DanishMenu)).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_recipe_and_the_export_carry_nested_menu_items_unchanged()
    {
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(RecipeFile()))!;
        var seeded = recipe["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Content")!["data"]!.AsArray().Single(d => (string?)d!["ContentItemId"] == DanishMenu)!;
        var festival = FindItem(seeded["MenuItemsListPart"]!["MenuItems"]!.AsArray(), "ltkmenuitemdafestival00000")!;
        Assert.NotNull(FindItem(festival["MenuItemsListPart"]!["MenuItems"]!.AsArray(), "ltkmenuitemdalykkensgave0"));

        await Client.LoginAsAdminAsync();
        var download = await Client.PostFormAsync("/admin/recipes/export", "/admin/recipes/export", [new("ContentTypes", "Menu"), new("IncludeContent", "true")]);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var export = JsonNode.Parse(await download.Content.ReadAsStringAsync())!;
        var exported = export["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Content")!["data"]!.AsArray()
            .Where(d => (string?)d!["ContentItemId"] == DanishMenu).ToList();
        Assert.NotEmpty(exported);
        foreach (var version in exported)
        {
            Assert.True(JsonNode.DeepEquals(festival, FindItem(version!["MenuItemsListPart"]!["MenuItems"]!.AsArray(), "ltkmenuitemdafestival00000")), "the nested festival item changed on its way through import and export");
        }
    }


    [Fact]
    public async Task A_new_menu_gets_its_alias_in_the_content_editor_and_a_bad_alias_is_refused()
    {
        await Client.LoginAsAdminAsync();
        var refused = await Client.PostFormAsync("/admin/content/new/Menu", "/admin/content/new/Menu",
            [new("TitlePart.Title", "Sidemenu"), new("AliasPart.Alias", "Side Menu!"), new("Submit", "publish")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Aliasset kan have små bogstaver a–z, tal og bindestreger, højst 64 tegn.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Side Menu!\"", html, StringComparison.Ordinal);

        var created = await Client.PostFormAsync("/admin/content/new/Menu", "/admin/content/new/Menu",
            [new("TitlePart.Title", "Sidemenu"), new("AliasPart.Alias", "sidemenu"), new("Submit", "publish")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Matches(new Regex(">Sidemenu</a></th>\\s*<td>[^<]*</td>\\s*<td>sidemenu</td>\\s*<td>Udgivet</td>"), await Client.GetStringAsync("/admin/menus"));
    }

    [Fact]
    public async Task A_cached_page_shows_the_new_address_of_a_linked_page_and_a_published_menu_at_once()
    {
        var pageId = await CreatePageAsync("Cacheprøve", "cacheproeve-gammel");
        await Client.LoginAsAdminAsync();
        await AddContentLinkAsync(DanishMenu, pageId, "Cacheprøve");
        await PublishAsync(DanishMenu);

        // A visitor's page comes from the cache on the second visit (the early cache's copy of the stored page).
        var early = Site.Services.GetRequiredService<Cms.Core.Caching.EarlyPageCache>();
        using var visitor = Site.CreateClient();
        Assert.Contains("<a href=\"/cacheproeve-gammel\">Cacheprøve</a>", Nav(await visitor.GetStringAsync("/lykkens-gave"), "Hovedmenu"), StringComparison.Ordinal);
        var served = early.Served;
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/lykkens-gave")).StatusCode);
        Assert.Equal(served + 1, early.Served);

        // The page depends on the pages its menu links to: a new address of one refreshes it.
        await Site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var page = (await contents.GetAsync(pageId, VersionOptions.Latest))!;
            var edited = page.CloneAsNewVersion();
            edited.Part("AutoroutePart")["Path"] = "cacheproeve-ny";
            return await contents.UpdateAsync(edited, page.ContentItemVersionId, publish: true);
        });
        Assert.Contains("<a href=\"/cacheproeve-ny\">Cacheprøve</a>", Nav(await visitor.GetStringAsync("/lykkens-gave"), "Hovedmenu"), StringComparison.Ordinal);

        // ...and on the menu itself: publishing it refreshes every page that shows it.
        served = early.Served;
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/lykkens-gave")).StatusCode);
        Assert.Equal(served + 1, early.Served);
        var added = await Client.PostFormAsync("/admin/menus/" + DanishMenu, $"/admin/menus/{DanishMenu}/links",
            [new("baseVersionId", await VersionAsync(DanishMenu)), new("LinkText", "Cachelink"), new("LinkUrl", "/cachelink"), new("linkParent", "")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.DoesNotContain("Cachelink", Nav(await visitor.GetStringAsync("/lykkens-gave"), "Hovedmenu"), StringComparison.Ordinal);
        await PublishAsync(DanishMenu);
        Assert.Contains("<a href=\"/cachelink\">Cachelink</a>", Nav(await visitor.GetStringAsync("/lykkens-gave"), "Hovedmenu"), StringComparison.Ordinal);
    }

    private static string Nav(string html, string label)
    {
        var match = Regex.Match(html, $"<nav class=\"site-menu\" aria-label=\"{label}\">.*?</nav>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no menu labelled {label}");
        return match.Value;
    }

    private static string Breadcrumb(string html, string label)
    {
        var match = Regex.Match(html, $"<nav class=\"breadcrumb\" aria-label=\"{label}\">.*?</nav>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no breadcrumb labelled {label}");
        return match.Value;
    }

    private async Task<string> VersionAsync(string menuId) =>
        BaseVersion().Match(await Client.GetStringAsync("/admin/menus/" + menuId)).Groups[1].Value;

    private static string ItemId(string editorHtml, string text)
    {
        var match = Regex.Match(editorHtml, "data-menu-item=\"([a-z0-9]+)\">\\s*<div class=\"menu-tree-item\">\\s*<span class=\"menu-tree-text\">" + Regex.Escape(text) + "</span>");
        Assert.True(match.Success, $"no menu item {text}");
        return match.Groups[1].Value;
    }

    private async Task MoveAsync(string menuId, string itemId, string direction)
    {
        var response = await Client.PostFormAsync("/admin/menus/" + menuId, $"/admin/menus/{menuId}/move",
            [new("baseVersionId", await VersionAsync(menuId)), new("itemId", itemId), new("direction", direction)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task AddContentLinkAsync(string menuId, string pageId, string text)
    {
        var response = await Client.PostFormAsync("/admin/menus/" + menuId, $"/admin/menus/{menuId}/content-links",
            [new("baseVersionId", await VersionAsync(menuId)), new("ContentTarget", pageId), new("ContentText", text), new("contentParent", "")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task PublishAsync(string menuId)
    {
        var response = await Client.PostFormAsync("/admin/menus/" + menuId, $"/admin/menus/{menuId}/publish", [new("baseVersionId", await VersionAsync(menuId))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Task<string> CreatePageAsync(string title, string path) => Site.WithScopeAsync(async services =>
    {
        var contents = services.GetRequiredService<ContentManager>();
        var page = await contents.NewAsync("Page");
        page.Part("TitlePart")["Title"] = title;
        page.Part("AutoroutePart")["Path"] = path;
        page.Part("LocalizationPart")["Culture"] = "da-DK";
        return (await contents.CreateAsync(page, publish: true)).ContentItemId;
    });

    private Task<string> CreateMenuAsync(string title) => Site.WithScopeAsync(async services =>
    {
        var contents = services.GetRequiredService<ContentManager>();
        var menu = await contents.NewAsync("Menu");
        menu.Part("TitlePart")["Title"] = title;
        menu.Part("AliasPart")["Alias"] = "test-" + Guid.NewGuid().ToString("N")[..8];
        menu.Part("LocalizationPart")["Culture"] = "da-DK";
        return (await contents.CreateAsync(menu, publish: true)).ContentItemId;
    });

    private Task<JsonObject> LatestMenuAsync(string menuId) =>
        Site.WithScopeAsync(async services => (await services.GetRequiredService<ContentManager>().GetAsync(menuId, VersionOptions.Latest))!.Content);

    /// <summary>The menu's item texts in order, indented two spaces per level.</summary>
    private static List<string> Outline(JsonObject menu)
    {
        var lines = new List<string>();
        void Walk(JsonNode? owner, int depth)
        {
            foreach (var item in owner?["MenuItemsListPart"]?["MenuItems"]?.AsArray() ?? [])
            {
                lines.Add(new string(' ', depth * 2) + (string?)item!["DisplayText"]);
                Walk(item, depth + 1);
            }
        }

        Walk(menu, 0);
        return lines;
    }

    private static JsonNode? FindItem(JsonArray items, string id) =>
        items.FirstOrDefault(i => (string?)i!["ContentItemId"] == id);

    private static string RecipeFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "recipes", "ltk.recipe.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("recipes/ltk.recipe.json not found above the test output");
    }

    [GeneratedRegex("name=\"baseVersionId\" value=\"([a-z0-9]+)\"")]
    private static partial Regex BaseVersion();
}
