using System.Net;
using System.Text.RegularExpressions;
using Cms.Contents.Fields;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Security;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class ContentEditorTests_Sqlite(SqliteSiteFixture fixture) : ContentEditorTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class ContentEditorTests_Postgres(PostgresSiteFixture fixture) : ContentEditorTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>The content editor as editors use it: fields, drafts and publishing, preview, history, conflicts, the list.</summary>
public abstract partial class ContentEditorTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task Every_field_is_validated_with_a_Danish_message_and_keeps_what_was_typed()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var response = await Client.PostFormAsync("/admin/content/new/Article", "/admin/content/new/Article",
        [
            new("TitlePart.Title", ""),
            new("Article.Intro.Text", new string('x', 51)),
            new("Article.Price.Value", "tolv"),
            new("Article.Quantity.Value", "2,5"),
            new("Article.EventDate.Value", "31.02.2026"),
            new("Article.Starts.Date", "2026-07-01"),
            new("Article.Starts.Time", "25:00"),
            new("Article.Opens.Value", "kl. 9"),
            new("Article.MoreInfo.Url", "javascript:alert(1)"),
            new("Article.Contact.Email", "ikke en adresse"),
            new("Article.Category.Values", "hacked"),
            new("Article.Related.ContentItemIds", "nosuchitem"),
            new("Submit", "publish"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("class=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("Udfyld titlen.", html, StringComparison.Ordinal);
        Assert.Contains("Intro må højst være på 50 tegn; der er 51.", html, StringComparison.Ordinal);
        Assert.Contains("Pris skal være et tal, fx 12 eller 12,5.", html, StringComparison.Ordinal);
        Assert.Contains("Antal skal være et helt tal.", html, StringComparison.Ordinal);
        Assert.Contains("Dato for arrangement skal være en dato, fx 25.11.2026.", html, StringComparison.Ordinal);
        Assert.Contains("Starter skal have et klokkeslæt, fx 14:30.", html, StringComparison.Ordinal);
        Assert.Contains("Åbner skal være et klokkeslæt, fx 14:30.", html, StringComparison.Ordinal);
        Assert.Contains("Adressen i Mere info skal begynde med https://, http:// eller / (en side på dette site).", html, StringComparison.Ordinal);
        Assert.Contains("Kontakt skal være en e-mailadresse, fx navn@eksempel.dk.", html, StringComparison.Ordinal);
        Assert.Contains("Vælg Kategori fra listen.", html, StringComparison.Ordinal);
        Assert.Contains("Vælg Relateret fra listen.", html, StringComparison.Ordinal);

        // Each message links to its input, and what was typed is still there.
        Assert.Contains("href=\"#Article.Price.Value\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"tolv\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2,5\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"ikke en adresse\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"javascript:alert(1)\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("Article", "tolv"));

        // Required fields: a missing intro and category are named.
        var empty = WebUtility.HtmlDecode(await (await Client.PostFormAsync("/admin/content/new/Article", "/admin/content/new/Article",
            [new("TitlePart.Title", "Uden intro"), new("Article.Price.Value", "2000"), new("Submit", "draft")])).Content.ReadAsStringAsync());
        Assert.Contains("Udfyld Intro.", empty, StringComparison.Ordinal);
        Assert.Contains("Vælg Kategori.", empty, StringComparison.Ordinal);
        Assert.Contains("Pris må højst være 1.000,00.", empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Danish_decimals_Copenhagen_times_and_sanitized_html_are_stored_and_shown()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var id = await CreateArticleAsync("Sommerfest i Lyngby", publish: true, extra:
        [
            new("Article.Price.Value", "12,5"),
            new("Article.Quantity.Value", "7"),
            new("Article.Featured.Value", "true"),
            new("Article.EventDate.Value", "2026-07-01"),
            new("Article.Starts.Date", "2026-07-01"),
            new("Article.Starts.Time", "14:30"),
            new("Article.Opens.Value", "09:15"),
            new("Article.MoreInfo.Url", "/om-raadet"),
            new("Article.MoreInfo.Text", "Om rådet"),
            new("Article.Contact.Email", "raadet@ltk.dk"),
            new("Article.Summary.Markdown", "**Fed** tekst <script>alert(1)</script>"),
            new("HtmlBodyPart.Html", "<p>Velkommen<script>alert('x')</script></p><img src=x onerror=alert(1)>"),
        ]);

        var stored = await LatestAsync(id);
        Assert.Equal(12.5m, stored.Content["Article"]!["Price"]!["Value"]!.GetValue<decimal>());
        Assert.Equal("2026-07-01T12:30:00Z", stored.Content["Article"]!["Starts"]!["Value"]!.GetValue<string>());
        Assert.DoesNotContain("script", stored.Content["HtmlBodyPart"]!["Html"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", stored.Content["HtmlBodyPart"]!["Html"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);

        var editor = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content/{id}/edit"));
        Assert.Contains("value=\"12,50\"", editor, StringComparison.Ordinal);
        Assert.Contains("value=\"14:30\"", editor, StringComparison.Ordinal);

        using var visitor = Site.CreateClient();
        var page = await visitor.GetStringAsync("/sommerfest-i-lyngby");
        Assert.Contains("<h1>Sommerfest i Lyngby</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<p>Velkommen</p>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Fed</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("01.07.2026 14:30", page, StringComparison.Ordinal);
        Assert.Contains("12,50", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/om-raadet\">Om rådet</a>", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_typed_with_Danish_thousands_is_stored_as_thousands()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var id = await CreateArticleAsync("Budget for festivalen", publish: false, extra:
        [
            new("Article.Price.Value", "1.000,00"),
            new("Article.Quantity.Value", "12.500"),
        ]);

        var stored = await LatestAsync(id);
        Assert.Equal(1000m, stored.Content["Article"]!["Price"]!["Value"]!.GetValue<decimal>());
        Assert.Equal(12500m, stored.Content["Article"]!["Quantity"]!["Value"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_draft_is_hidden_from_visitors_until_published_and_previewable_by_editors()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var id = await CreateArticleAsync("Hemmelig kladde", publish: false);
        Assert.Contains("'Hemmelig kladde' er gemt som kladde.", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content/{id}/edit")), StringComparison.Ordinal);

        using var visitor = Site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/hemmelig-kladde")).StatusCode);
        var anonymousPreview = await visitor.GetAsync($"/preview/{id}");
        Assert.Equal(HttpStatusCode.NotFound, anonymousPreview.StatusCode);

        // A signed-in user without preview or edit rights learns nothing either.
        await Site.CreateUserAsync("no-rights-" + Suffix, "No-rights-pass-123");
        using var nobody = Site.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await nobody.LoginAsync("no-rights-" + Suffix, "No-rights-pass-123")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nobody.GetAsync($"/preview/{id}")).StatusCode);

        var preview = await Client.GetAsync($"/preview/{id}");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("no-store", preview.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("noindex", preview.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Contains("Hemmelig kladde", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var baseVersion = await BaseVersionAsync(id);
        var publish = await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/edit",
            [.. ArticleFields("Hemmelig kladde"), new("BaseVersionId", baseVersion), new("Submit", "publish")]);
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/hemmelig-kladde")).StatusCode);

        // A newer draft does not replace what visitors see.
        baseVersion = await BaseVersionAsync(id);
        await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/edit",
            [.. ArticleFields("Hemmelig kladde", intro: "Ny tekst der ikke er udgivet"), new("BaseVersionId", baseVersion), new("Submit", "draft")]);
        var live = await visitor.GetStringAsync("/hemmelig-kladde");
        Assert.DoesNotContain("Ny tekst der ikke er udgivet", live, StringComparison.Ordinal);
        Assert.Contains("Ny tekst der ikke er udgivet", await Client.GetStringAsync($"/preview/{id}"), StringComparison.Ordinal);

        // Deleted items are gone for visitors.
        await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/delete", []);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/hemmelig-kladde")).StatusCode);
    }

    [Fact]
    public async Task A_published_page_links_the_published_items_it_picked_and_never_shows_a_drafts_title()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var linked = await CreateArticleAsync("Linket artikel " + Suffix, publish: true);
        var secret = await CreateArticleAsync("Hemmelig nabo " + Suffix, publish: false);
        await CreateArticleAsync("Artikel med links " + Suffix, publish: true, [new("Article.Related.ContentItemIds", linked)]);
        await CreateArticleAsync("Artikel med kladdelink " + Suffix, publish: true, [new("Article.Related.ContentItemIds", secret)]);
        var linkedUrl = "/linket-artikel-" + Suffix;

        using var visitor = Site.CreateClient();
        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync("/artikel-med-links-" + Suffix));
        Assert.Contains($"<a href=\"{linkedUrl}\">Linket artikel {Suffix}</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemmelig nabo", WebUtility.HtmlDecode(await visitor.GetStringAsync("/artikel-med-kladdelink-" + Suffix)), StringComparison.Ordinal);

        // A newer draft of the linked item keeps its published title on the page until it is published.
        var baseVersion = await BaseVersionAsync(linked);
        await Client.PostFormAsync($"/admin/content/{linked}/edit", $"/admin/content/{linked}/edit",
            [.. ArticleFields("Omdøbt i kladde " + Suffix), new("AutoroutePart.Path", linkedUrl.TrimStart('/')), new("BaseVersionId", baseVersion), new("Submit", "draft")]);
        page = WebUtility.HtmlDecode(await visitor.GetStringAsync("/artikel-med-links-" + Suffix));
        Assert.Contains($"Linket artikel {Suffix}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Omdøbt i kladde", page, StringComparison.Ordinal);

        baseVersion = await BaseVersionAsync(linked);
        await Client.PostFormAsync($"/admin/content/{linked}/edit", $"/admin/content/{linked}/edit",
            [.. ArticleFields("Omdøbt i kladde " + Suffix), new("AutoroutePart.Path", linkedUrl.TrimStart('/')), new("BaseVersionId", baseVersion), new("Submit", "publish")]);
        page = WebUtility.HtmlDecode(await visitor.GetStringAsync("/artikel-med-links-" + Suffix));
        Assert.Contains($"<a href=\"{linkedUrl}\">Omdøbt i kladde {Suffix}</a>", page, StringComparison.Ordinal);

        // Publishing the draft it picked brings it onto the page.
        baseVersion = await BaseVersionAsync(secret);
        await Client.PostFormAsync($"/admin/content/{secret}/edit", $"/admin/content/{secret}/edit",
            [.. ArticleFields("Hemmelig nabo " + Suffix), new("BaseVersionId", baseVersion), new("Submit", "publish")]);
        page = WebUtility.HtmlDecode(await visitor.GetStringAsync("/artikel-med-kladdelink-" + Suffix));
        Assert.Contains($"<a href=\"/hemmelig-nabo-{Suffix}\">Hemmelig nabo {Suffix}</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_address_redirects_the_old_one_permanently()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var id = await CreateArticleAsync("Gammel adresse", publish: true, extra: [new("AutoroutePart.Path", "gammel-side")]);
        var baseVersion = await BaseVersionAsync(id);
        await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/edit",
            [.. ArticleFields("Gammel adresse"), new("AutoroutePart.Path", "ny-side"), new("BaseVersionId", baseVersion), new("Submit", "publish")]);

        using var visitor = Site.CreateClient();
        var old = await visitor.GetAsync("/gammel-side");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/ny-side", old.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/ny-side")).StatusCode);

        // Another item cannot take the address: the editor says so in Danish and keeps what was typed.
        var other = await CreateArticleAsync("Anden side", publish: true);
        var otherBase = await BaseVersionAsync(other);
        var refused = await Client.PostFormAsync($"/admin/content/{other}/edit", $"/admin/content/{other}/edit",
            [.. ArticleFields("Anden side, rettet"), new("AutoroutePart.Path", "ny-side"), new("BaseVersionId", otherBase), new("Submit", "publish")]);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Stien '/ny-side' bruges allerede af 'Gammel adresse'. Vælg en anden.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Anden side, rettet\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_lists_the_item_as_deleted_and_restore_brings_it_back_as_a_draft()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var id = await CreateArticleAsync("Slettes og gendannes", publish: true);
        var deleted = await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        Assert.DoesNotContain(id, await Client.GetStringAsync("/admin/content?q=slettes"), StringComparison.Ordinal);
        var bin = await Client.GetStringAsync("/admin/content?status=deleted&q=slettes");
        Assert.Contains(id, bin, StringComparison.Ordinal);

        var restored = await Client.PostFormAsync("/admin/content?status=deleted", $"/admin/content/{id}/restore", []);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var list = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/content?q=slettes&status=draft"));
        Assert.Contains(id, list, StringComparison.Ordinal);
        using var visitor = Site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/slettes-og-gendannes")).StatusCode);
    }

    [Fact]
    public async Task Clone_makes_a_draft_copy_with_its_own_address()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var id = await CreateArticleAsync("Original side", publish: true);
        var clone = await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/clone", []);
        Assert.Equal(HttpStatusCode.Redirect, clone.StatusCode);
        var copyUrl = clone.Headers.Location!.OriginalString;
        Assert.NotEqual($"/admin/content/{id}/edit", copyUrl);

        var copy = WebUtility.HtmlDecode(await Client.GetStringAsync(copyUrl));
        Assert.Contains("value=\"Kopi af Original side\"", copy, StringComparison.Ordinal);
        Assert.Contains("Kladde", copy, StringComparison.Ordinal);
        Assert.Contains("Adressen er nu /kopi-af-original-side.", copy, StringComparison.Ordinal);

        using var visitor = Site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/original-side")).StatusCode);
    }

    [Fact]
    public async Task History_compares_versions_and_restores_an_old_one_as_the_new_draft()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var id = await CreateArticleAsync("Historik", publish: true, extra: [new("Article.Intro.Text", "Første tekst")]);
        var first = await BaseVersionAsync(id);
        await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/edit",
            [.. ArticleFields("Historik", intro: "Anden tekst"), new("BaseVersionId", first), new("Submit", "draft")]);
        var second = await BaseVersionAsync(id);

        var history = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content/{id}/versions"));
        Assert.Contains("data-version=\"2\"", history, StringComparison.Ordinal);
        Assert.Contains("Seneste kladde", history, StringComparison.Ordinal);
        Assert.Contains("Udgivet", history, StringComparison.Ordinal);
        Assert.Contains("admin", history, StringComparison.Ordinal);

        var compare = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content/{id}/versions/compare?a={first}&b={second}"));
        Assert.Contains("1 af", compare, StringComparison.Ordinal);
        Assert.Matches("Intro\\s*<strong class=\"compare-mark\">\\s*\\(Ændret\\)</strong>", compare);
        Assert.Contains("<del><span class=\"visually-hidden\">Fjernet: </span>Første tekst</del>", compare, StringComparison.Ordinal);
        Assert.Contains("<ins><span class=\"visually-hidden\">Tilføjet: </span>Anden tekst</ins>", compare, StringComparison.Ordinal);

        var restore = await Client.PostFormAsync($"/admin/content/{id}/versions", $"/admin/content/{id}/versions/{first}/restore", []);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var editor = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content/{id}/edit"));
        Assert.Contains("Version 1 er nu kladden (version 3).", editor, StringComparison.Ordinal);
        Assert.Contains("value=\"Første tekst\"", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_based_on_an_old_version_is_refused_and_the_first_save_is_kept()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Site.CreateUserAsync("editor-conflict-" + Suffix, "Editor-password-1", CmsRoles.Editor);
        await Client.LoginAsAdminAsync();
        var id = await CreateArticleAsync("Samtidig redigering", publish: false);
        var startedFrom = await BaseVersionAsync(id);

        using var other = Site.CreateClient();
        await other.LoginAsync("editor-conflict-" + Suffix, "Editor-password-1");
        var otherSave = await other.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/edit",
            [.. ArticleFields("Samtidig redigering", intro: "Den andens tekst"), new("BaseVersionId", startedFrom), new("Submit", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, otherSave.StatusCode);

        var mine = await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/edit",
            [.. ArticleFields("Samtidig redigering", intro: "Min tekst"), new("BaseVersionId", startedFrom), new("Submit", "draft")]);
        Assert.Equal(HttpStatusCode.Conflict, mine.StatusCode);
        var html = WebUtility.HtmlDecode(await mine.Content.ReadAsStringAsync());
        Assert.Contains("En anden har gemt elementet, mens du redigerede det", html, StringComparison.Ordinal);
        Assert.Contains("editor-conflict-" + Suffix + " gemte version", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Min tekst\"", html, StringComparison.Ordinal);
        Assert.Contains($"/admin/content/{id}/versions/compare?a={startedFrom}&b=", html, StringComparison.Ordinal);
        Assert.Equal("Den andens tekst", (await LatestAsync(id)).Content["Article"]!["Intro"]!["Text"]!.GetValue<string>());

        // Saving over theirs on purpose works, and theirs stays in the history.
        var overwrite = await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/edit",
            [.. ArticleFields("Samtidig redigering", intro: "Min tekst"), new("BaseVersionId", startedFrom), new("Overwrite", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, overwrite.StatusCode);
        Assert.Equal("Min tekst", (await LatestAsync(id)).Content["Article"]!["Intro"]!["Text"]!.GetValue<string>());
        Assert.Contains("editor-conflict-" + Suffix, await Client.GetStringAsync($"/admin/content/{id}/versions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_without_the_version_it_started_from_is_refused_and_keeps_what_was_typed()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var id = await CreateArticleAsync("Uden udgangspunkt " + Suffix, publish: false);

        var refused = await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/edit",
            [.. ArticleFields("Uden udgangspunkt " + Suffix, intro: "Skrevet uden version"), new("Submit", "draft")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("class=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("Dine ændringer blev ikke gemt, fordi formularen ikke oplyste, hvilken version af elementet du tog udgangspunkt i.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Skrevet uden version\"", html, StringComparison.Ordinal);
        Assert.Equal("En kort intro", (await LatestAsync(id)).Content["Article"]!["Intro"]!["Text"]!.GetValue<string>());

        // The page that says so carries the version again, so saving from it works.
        var again = await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/edit",
            [.. ArticleFields("Uden udgangspunkt " + Suffix, intro: "Skrevet uden version"), new("BaseVersionId", BaseVersionPattern().Match(html).Groups[1].Value), new("Submit", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Skrevet uden version", (await LatestAsync(id)).Content["Article"]!["Intro"]!["Text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_slash_in_a_title_stays_in_the_address_word_and_a_long_title_gets_a_short_address()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();

        var festival = await Client.PostFormAsync("/admin/content/new/Page", "/admin/content/new/Page",
            [new("TitlePart.Title", $"Kulturfestival 2025/2026 {Suffix}"), new("MarkdownBodyPart.Markdown", "Program for to år."), new("Submit", "publish")]);
        Assert.Equal(HttpStatusCode.Redirect, festival.StatusCode);
        var page = await Client.GetAsync($"/kulturfestival-2025-2026-{Suffix}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Program for to år.", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/kulturfestival-2025/2026-{Suffix}")).StatusCode);

        var longTitle = $"Referat {Suffix} " + string.Join(' ', Enumerable.Repeat("fra mødet i Integrationsrådet om årets kulturfestival", 9));
        Assert.True(longTitle.Length > 480);
        var created = await Client.PostFormAsync("/admin/content/new/Page", "/admin/content/new/Page",
            [new("TitlePart.Title", longTitle), new("Submit", "publish")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = (await LatestAsync(created.Headers.Location!.OriginalString.Split('/')[3])).Content[PartNames.Autoroute]!["Path"]!.GetValue<string>();
        Assert.Equal($"referat-{Suffix}-fra-moedet-i-integrationsraadet-om-aarets-kulturfestival-fra", path);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/" + path)).StatusCode);
    }

    [Fact]
    public async Task Editors_edit_and_publish_but_the_secretariat_cannot_touch_others_items()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Site.CreateUserAsync("editor-" + Suffix, "Editor-password-1", CmsRoles.Editor);
        await Site.CreateUserAsync("sekretaer-" + Suffix, "Secretariat-pass-1", CmsRoles.Secretariat);
        await Client.LoginAsAdminAsync();
        var id = await CreateArticleAsync("Administratorens side", publish: false);

        using var editor = Site.CreateClient();
        await editor.LoginAsync("editor-" + Suffix, "Editor-password-1");
        var publish = await editor.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/edit",
            [.. ArticleFields("Administratorens side"), new("BaseVersionId", await BaseVersionAsync(id)), new("Submit", "publish")]);
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.True((await LatestAsync(id)).Published);

        using var secretariat = Site.CreateClient();
        await secretariat.LoginAsync("sekretaer-" + Suffix, "Secretariat-pass-1");
        var open = await secretariat.GetAsync($"/admin/content/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal("/access-denied", open.Headers.Location!.AbsolutePath);
        var post = await secretariat.PostFormAsync("/admin/content", $"/admin/content/{id}/edit",
            [.. ArticleFields("Overtaget"), new("BaseVersionId", await BaseVersionAsync(id)), new("Submit", "draft")]);
        Assert.Equal("/access-denied", post.Headers.Location!.AbsolutePath);
        Assert.Equal("Administratorens side", (await LatestAsync(id)).DisplayText);
        Assert.DoesNotContain(id, await secretariat.GetStringAsync("/admin/content"), StringComparison.Ordinal);

        // Their own draft they may edit, but not publish.
        var own = await secretariat.PostFormAsync("/admin/content/new/Article", "/admin/content/new/Article", [.. ArticleFields("Sekretariatets udkast " + Suffix), new("Submit", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        var ownUrl = own.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync(ownUrl)).StatusCode);
        var ownPublish = await secretariat.PostFormAsync(ownUrl, ownUrl, [.. ArticleFields("Sekretariatets udkast " + Suffix), new("Submit", "publish")]);
        Assert.Equal("/access-denied", ownPublish.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_role_that_publishes_only_its_own_items_publishes_a_new_item_as_it_creates_it_and_not_another_users()
    {
        await Client.LoginAsAdminAsync();
        var role = "Skribenter" + Suffix;
        await Site.WithScopeAsync(async s => (await s.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<CmsRole>>().CreateAsync(new CmsRole(role))).Succeeded);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync($"/admin/roles/{role}", $"/admin/roles/{role}",
            [new("Description", "Skriver og udgiver egne sider"), new("Permissions", "AccessAdminPanel"), new("Permissions", "EditOwnContent"), new("Permissions", "PublishOwnContent")])).StatusCode);
        var others = await CreateArticleAsync("Administratorens kladde " + Suffix, publish: false);
        await Site.CreateUserAsync("skribent-" + Suffix, "Writer-password-1", role);
        using var writer = Site.CreateClient();
        await writer.LoginAsync("skribent-" + Suffix, "Writer-password-1");

        var created = await writer.PostFormAsync("/admin/content/new/Article", "/admin/content/new/Article", [.. ArticleFields("Skribentens side " + Suffix), new("Submit", "publish")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/')[3];
        var mine = await LatestAsync(id);
        Assert.True(mine.Published);
        Assert.Equal("skribent-" + Suffix, mine.Owner);

        var refused = await writer.PostFormAsync("/admin/content", $"/admin/content/{others}/edit",
            [.. ArticleFields("Overtaget"), new("BaseVersionId", await BaseVersionAsync(others)), new("Submit", "publish")]);
        Assert.Equal("/access-denied", refused.Headers.Location!.AbsolutePath);
        Assert.False((await LatestAsync(others)).Published);
    }

    [Fact]
    public async Task The_list_filters_searches_pages_and_acts_in_bulk()
    {
        await ContentTestTypes.EnsureAsync(Site);
        var marker = "bulk" + Suffix;
        var ids = await Site.WithScopeAsync(async services =>
        {
            var manager = services.GetRequiredService<ContentManager>();
            var created = new List<string>();
            for (var n = 1; n <= 30; n++)
            {
                var item = await manager.NewAsync("Note");
                item.Part(PartNames.Title)["Title"] = $"Note {marker} {n:00} Ærø";
                created.Add((await manager.CreateAsync(item, publish: n <= 5)).ContentItemId);
            }

            return created;
        });

        await Client.LoginAsAdminAsync();
        var first = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content?q={marker.ToUpperInvariant()}%20&sort=title-asc"));
        Assert.Contains("30 elementer fundet.", first, StringComparison.Ordinal);
        Assert.Contains("Side 1 af 2.", first, StringComparison.Ordinal);
        Assert.Equal(25, RowPattern().Count(first));
        Assert.True(first.IndexOf($"Note {marker} 01", StringComparison.Ordinal) < first.IndexOf($"Note {marker} 02", StringComparison.Ordinal));

        var second = await Client.GetStringAsync($"/admin/content?q={marker}&sort=title-asc&page=2");
        Assert.Equal(5, RowPattern().Count(second));
        Assert.Contains(ids[29], second, StringComparison.Ordinal);

        Assert.Contains("5 elementer fundet.", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content?q={marker}&status=published&type=Note")), StringComparison.Ordinal);
        Assert.Contains("25 elementer fundet.", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content?q={marker}&status=draft")), StringComparison.Ordinal);
        Assert.Contains("30 elementer fundet.", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content?q={Uri.EscapeDataString("ÆRØ")}&owner=system&type=Note")), StringComparison.Ordinal);
        Assert.Contains("0 elementer fundet.", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content?q={marker}&owner=someone-else")), StringComparison.Ordinal);

        var bulk = await Client.PostFormAsync("/admin/content", "/admin/content/bulk",
            [new("bulkAction", "publish"), new("ids", ids[10]), new("ids", ids[11]), new("returnUrl", $"/admin/content?q={marker}")]);
        Assert.Equal(HttpStatusCode.Redirect, bulk.StatusCode);
        Assert.Equal($"/admin/content?q={marker}", bulk.Headers.Location!.OriginalString);
        Assert.Contains("2 element(er) ændret.", WebUtility.HtmlDecode(await Client.GetStringAsync(bulk.Headers.Location)), StringComparison.Ordinal);
        Assert.Contains("7 elementer fundet.", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content?q={marker}&status=published")), StringComparison.Ordinal);

        await Client.PostFormAsync("/admin/content", "/admin/content/bulk", [new("bulkAction", "delete"), new("ids", ids[0]), new("ids", ids[1]), new("ids", ids[2])]);
        Assert.Contains("27 elementer fundet.", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content?q={marker}")), StringComparison.Ordinal);
        Assert.Contains("3 elementer fundet.", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content?q={marker}&status=deleted")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_shows_its_items_and_adds_new_ones_to_itself()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var created = await Client.PostFormAsync("/admin/content/new/NewsList", "/admin/content/new/NewsList", [new("TitlePart.Title", "Nyheder " + Suffix), new("Submit", "publish")]);
        var listUrl = created.Headers.Location!.OriginalString;
        var listId = listUrl.Split('/')[3];
        var editor = WebUtility.HtmlDecode(await Client.GetStringAsync(listUrl));
        Assert.Contains("Listen er tom.", editor, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/content/new/Article?containerId={listId}\"", editor, StringComparison.Ordinal);

        var child = await Client.PostFormAsync($"/admin/content/new/Article?containerId={listId}", $"/admin/content/new/Article?containerId={listId}",
            [.. ArticleFields("Første nyhed " + Suffix), new("Submit", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, child.StatusCode);
        var listed = WebUtility.HtmlDecode(await Client.GetStringAsync(listUrl));
        Assert.Contains("Første nyhed " + Suffix, listed, StringComparison.Ordinal);
        var childId = child.Headers.Location!.OriginalString.Split('/')[3];
        Assert.Equal(listId, (await LatestAsync(childId)).ContainerId);
    }

    [Fact]
    public async Task An_ordered_list_takes_new_positions_for_its_items_without_new_versions()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var created = await Client.PostFormAsync("/admin/content/new/MemberList", "/admin/content/new/MemberList", [new("TitlePart.Title", "Medlemmer " + Suffix), new("Submit", "publish")]);
        var listUrl = created.Headers.Location!.OriginalString;
        var listId = listUrl.Split('/')[3];
        var ids = new List<string>();
        foreach (var name in new[] { "Formand", "Næstformand", "Medlem" })
        {
            var child = await Client.PostFormAsync($"/admin/content/new/Note?containerId={listId}", $"/admin/content/new/Note?containerId={listId}",
                [new("TitlePart.Title", $"{name} {Suffix}"), new("Submit", "publish")]);
            ids.Add(child.Headers.Location!.OriginalString.Split('/')[3]);
        }

        // A position that is not a number is refused at its input, keeping what was typed.
        var listBase = await BaseVersionAsync(listId);
        var refused = await Client.PostFormAsync(listUrl, listUrl,
            [new("TitlePart.Title", "Medlemmer " + Suffix), new("BaseVersionId", listBase), new("Submit", "publish"),
             new($"ListPart.Order.{ids[0]}", "først"), new($"ListPart.Order.{ids[1]}", "1"), new($"ListPart.Order.{ids[2]}", "2")]);
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Placeringen skal være et helt tal, fx 3.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"først\"", refusedHtml, StringComparison.Ordinal);

        // Medlem first, then Formand, then Næstformand.
        var saved = await Client.PostFormAsync(listUrl, listUrl,
            [new("TitlePart.Title", "Medlemmer " + Suffix), new("BaseVersionId", listBase), new("Submit", "publish"),
             new($"ListPart.Order.{ids[0]}", "2"), new($"ListPart.Order.{ids[1]}", "3"), new($"ListPart.Order.{ids[2]}", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editor = WebUtility.HtmlDecode(await Client.GetStringAsync(listUrl));
        var positions = new[] { "Medlem " + Suffix, "Formand " + Suffix, "Næstformand " + Suffix }.Select(t => editor.IndexOf(">" + t + "<", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.True(positions[0] < positions[1] && positions[1] < positions[2], "The list shows its items in the new order.");
        Assert.Equal(1, (await LatestAsync(ids[0])).Number);
    }

    [Fact]
    public async Task Translate_makes_an_English_draft_in_the_same_set_shown_under_en()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var created = await Client.PostFormAsync("/admin/content/new/Page", "/admin/content/new/Page",
            [new("TitlePart.Title", "Om os " + Suffix), new("LocalizationPart.Culture", "da-DK"), new("AutoroutePart.Path", "om-os-" + Suffix), new("Submit", "publish")]);
        var id = created.Headers.Location!.OriginalString.Split('/')[3];
        var translate = await Client.PostFormAsync($"/admin/content/{id}/edit", $"/admin/content/{id}/translate?culture=en", []);
        Assert.Equal(HttpStatusCode.Redirect, translate.StatusCode);
        var englishId = translate.Headers.Location!.OriginalString.Split('/')[3];
        Assert.NotEqual(id, englishId);

        var english = await LatestAsync(englishId);
        var danish = await LatestAsync(id);
        Assert.Equal("en", english.Culture);
        Assert.Equal(danish.LocalizationSet, english.LocalizationSet);
        Assert.False(english.Published);

        var baseVersion = await BaseVersionAsync(englishId);
        await Client.PostFormAsync($"/admin/content/{englishId}/edit", $"/admin/content/{englishId}/edit",
            [new("TitlePart.Title", "About us " + Suffix), new("LocalizationPart.Culture", "en"), new("AutoroutePart.Path", "about-us-" + Suffix), new("BaseVersionId", baseVersion), new("Submit", "publish")]);
        using var visitor = Site.CreateClient();
        var page = await visitor.GetStringAsync($"/en/about-us-{Suffix}");
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("About us " + Suffix, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/om-os-{Suffix}")).StatusCode);
    }

    [Fact]
    public async Task A_type_without_drafts_only_publishes_and_a_type_that_is_not_creatable_cannot_be_created()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var form = await Client.GetStringAsync("/admin/content/new/Notice");
        Assert.Contains("value=\"publish\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"draft\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"schedule\"", form, StringComparison.Ordinal);

        // Even a posted "draft" publishes: the type has no drafts.
        var created = await Client.PostFormAsync("/admin/content/new/Notice", "/admin/content/new/Notice", [new("TitlePart.Title", "Opslag " + Suffix), new("Submit", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.True((await LatestAsync(created.Headers.Location!.OriginalString.Split('/')[3])).Published);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/admin/content/new/Hidden")).StatusCode);
        Assert.DoesNotContain("/admin/content/new/Hidden", await Client.GetStringAsync("/admin/content"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/_content/Cms.Contents/content-editor.css")).StatusCode);
    }

    /// <summary>A short unique text, so tests sharing a site never trip over each other's items.</summary>
    protected string Suffix { get; } = Guid.NewGuid().ToString("N")[..6];

    private static IEnumerable<KeyValuePair<string, string>> ArticleFields(string title, string intro = "En kort intro") =>
    [
        new("TitlePart.Title", title),
        new("Article.Intro.Text", intro),
        new("Article.Category.Values", "news"),
    ];

    private async Task<string> CreateArticleAsync(string title, bool publish, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var fields = ArticleFields(title).Where(f => extra?.Any(e => e.Key == f.Key) != true).Concat(extra ?? []).Append(new("Submit", publish ? "publish" : "draft"));
        var response = await Client.PostFormAsync("/admin/content/new/Article", "/admin/content/new/Article", fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Creating the article failed: " + await response.Content.ReadAsStringAsync());
        }

        return response.Headers.Location!.OriginalString.Split('/')[3];
    }

    private async Task<string> BaseVersionAsync(string id)
    {
        var html = await Client.GetStringAsync($"/admin/content/{id}/edit");
        return BaseVersionPattern().Match(html).Groups[1].Value;
    }

    private Task<ContentItem> LatestAsync(string id) =>
        Site.WithScopeAsync(async s => (await s.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest))!);

    private Task<int> CountAsync(string type, string text) =>
        Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<ContentItem>().CountAsync(i => i.ContentType == type && i.DisplayTextNormalized.Contains(text)));

    [GeneratedRegex("name=\"BaseVersionId\" value=\"([^\"]+)\"")]
    private static partial Regex BaseVersionPattern();

    [GeneratedRegex("<tr data-content-item-id=")]
    private static partial Regex RowPattern();
}

/// <summary>The content types the editor tests use, made once per site through the definition manager.</summary>
public static class ContentTestTypes
{
    private static readonly SemaphoreSlim s_lock = new(1, 1);

    public static async Task EnsureAsync(SiteFactory site)
    {
        await s_lock.WaitAsync();
        try
        {
            await site.WithScopeAsync(async services =>
            {
                var definitions = services.GetRequiredService<ContentDefinitionManager>();
                if (await definitions.GetTypeAsync("Article") is not null)
                {
                    return true;
                }

                await definitions.StorePartAsync(new ContentPartDefinition
                {
                    Name = "Article",
                    Fields =
                    [
                        Field("Intro", "Intro", FieldTypes.Text, 0, new TextFieldSettings { Required = true, MaxLength = 50 }),
                        Field("Notes", "Noter", FieldTypes.Text, 1, new TextFieldSettings(), editor: "TextArea"),
                        Field("Summary", "Resumé", FieldTypes.Markdown, 2, new MarkdownFieldSettings()),
                        Field("Price", "Pris", FieldTypes.Numeric, 3, new NumericFieldSettings { Scale = 2, Minimum = 0, Maximum = 1000 }),
                        Field("Quantity", "Antal", FieldTypes.Numeric, 4, new NumericFieldSettings { Scale = 0 }),
                        Field("Featured", "Fremhævet", FieldTypes.Boolean, 5, new BooleanFieldSettings()),
                        Field("EventDate", "Dato for arrangement", FieldTypes.Date, 6, new DateFieldSettings()),
                        Field("Starts", "Starter", FieldTypes.DateTime, 7, new DateTimeFieldSettings()),
                        Field("Opens", "Åbner", FieldTypes.Time, 8, new TimeFieldSettings()),
                        Field("MoreInfo", "Mere info", FieldTypes.Link, 9, new LinkFieldSettings()),
                        Field("Contact", "Kontakt", FieldTypes.Email, 10, new EmailFieldSettings()),
                        Field("Category", "Kategori", FieldTypes.Choice, 11, new ChoiceFieldSettings
                        {
                            Required = true,
                            Options = [new() { Name = "Nyhed", Value = "news" }, new() { Name = "Arrangement", Value = "event" }],
                        }),
                        Field("Related", "Relateret", FieldTypes.ContentPicker, 12, new ContentPickerFieldSettings { DisplayedContentTypes = ["Article"] }),
                        Field("Extra", "Ekstra", FieldTypes.Html, 13, new HtmlFieldSettings()),
                    ],
                });
                await definitions.StoreTypeAsync(Type("Article", "Artikel", PartNames.Title, PartNames.Autoroute, PartNames.HtmlBody, "Article"));
                await definitions.StoreTypeAsync(Type("Note", "Note", PartNames.Title));
                var list = Type("NewsList", "Nyhedsliste", PartNames.Title, PartNames.Autoroute, PartNames.List);
                list.FindPart(PartNames.List)!.Settings.SetSettings(new ListPartSettings { ContainedContentTypes = ["Article"] });
                await definitions.StoreTypeAsync(list);
                var members = Type("MemberList", "Medlemsliste", PartNames.Title, PartNames.List);
                members.FindPart(PartNames.List)!.Settings.SetSettings(new ListPartSettings { ContainedContentTypes = ["Note"], EnableOrdering = true });
                await definitions.StoreTypeAsync(members);
                var notice = Type("Notice", "Opslag", PartNames.Title);
                notice.Settings.SetSettings(new ContentTypeSettings { Creatable = true, Listable = true, Draftable = false, Versionable = true });
                await definitions.StoreTypeAsync(notice);
                var hidden = Type("Hidden", "Skjult", PartNames.Title);
                hidden.Settings.SetSettings(new ContentTypeSettings { Creatable = false, Listable = true, Draftable = true });
                await definitions.StoreTypeAsync(hidden);
                await definitions.StoreTypeAsync(Type("Page", "Side", PartNames.Title, PartNames.Localization, PartNames.Autoroute, PartNames.MarkdownBody, PartNames.Seo));
                await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
                return true;
            });
        }
        finally
        {
            s_lock.Release();
        }
    }

    private static ContentPartFieldDefinition Field<T>(string name, string displayName, string fieldType, int position, T settings, string? editor = null)
    {
        var field = new ContentPartFieldDefinition { Name = name, FieldName = fieldType };
        field.Settings.SetSettings(new ContentPartFieldSettings { DisplayName = displayName, Position = position, Editor = editor });
        field.Settings.SetSettings(settings);
        return field;
    }

    private static ContentTypeDefinition Type(string name, string displayName, params string[] parts)
    {
        var type = new ContentTypeDefinition { Name = name, DisplayName = displayName };
        type.Settings.SetSettings(new ContentTypeSettings { Creatable = true, Listable = true, Draftable = true, Versionable = true });
        for (var i = 0; i < parts.Length; i++)
        {
            var part = new ContentTypePartDefinition { Name = parts[i], PartName = parts[i] };
            part.Settings.SetSettings(new ContentTypePartSettings { Position = i });
            type.Parts.Add(part);
        }

        return type;
    }
}
