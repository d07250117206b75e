using System.Net;
using System.Text.Json.Nodes;
using Cms.Contents;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Security;
using LtkSite.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class ContentTypeAdminTests_Sqlite(SqliteSiteFixture fixture) : ContentTypeAdminTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

/// <summary>Content types made and changed in the admin: types, settings, parts, fields, deletion, per-type permissions.</summary>
public abstract class ContentTypeAdminTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task Editors_get_403_for_types_users_and_roles_while_administrators_open_them()
    {
        await Site.CreateUserAsync("ct-editor", "Editor-password-1", CmsRoles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.LoginAsync("ct-editor", "Editor-password-1")).StatusCode);
        foreach (var url in new[] { "/admin/content-types", "/admin/content-types/create", "/admin/users", "/admin/roles" })
        {
            var response = await Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/access-denied", response.Headers.Location!.AbsolutePath);
            Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync(response.Headers.Location)).StatusCode);
        }

        using var admin = Site.CreateClient();
        await admin.LoginAsAdminAsync();
        foreach (var url in new[] { "/admin/content-types", "/admin/content-types/create", "/admin/users", "/admin/roles" })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task A_new_type_gets_a_PascalCase_name_default_settings_and_three_parts()
    {
        await Client.LoginAsAdminAsync();
        var response = await Client.PostFormAsync("/admin/content-types/create", "/admin/content-types/create", [new("DisplayName", "Årsmøde referat"), new("Name", "")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/content-types/AarsmoedeReferat", response.Headers.Location!.OriginalString);

        var edit = await Client.GetStringAsync("/admin/content-types/AarsmoedeReferat");
        Assert.Contains("value=\"Årsmøde referat\"", WebUtility.HtmlDecode(edit), StringComparison.Ordinal);
        foreach (var setting in new[] { "Creatable", "Listable", "Draftable", "Versionable" })
        {
            Assert.Matches($"id=\"{setting}\"[^>]*checked", edit);
        }

        Assert.DoesNotMatch("id=\"Securable\"[^>]*checked", edit);
        var list = await Client.GetStringAsync("/admin/content-types");
        Assert.Contains("TitlePart, AarsmoedeReferat, AutoroutePart", Row(list, "data-type=\"AarsmoedeReferat\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_or_taken_technical_names_are_refused_at_the_field_keeping_what_was_typed()
    {
        await Client.LoginAsAdminAsync();
        var bad = await Client.PostFormAsync("/admin/content-types/create", "/admin/content-types/create", [new("DisplayName", "Mødedato"), new("Name", "9Møde")]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("class=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Name-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Det tekniske navn skal starte med et bogstav", html, StringComparison.Ordinal);
        Assert.Contains("value=\"9Møde\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mødedato\"", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/create", "/admin/content-types/create", [new("DisplayName", "Taken"), new("Name", "TakenType")])).StatusCode);
        var taken = await Client.PostFormAsync("/admin/content-types/create", "/admin/content-types/create", [new("DisplayName", "Taken again"), new("Name", "TakenType")]);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("TakenType", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("id=\"Name-error\"", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetTypeAsync("TakenType"));
        Assert.Equal("Taken", stored!.DisplayName);
    }

    [Fact]
    public async Task Settings_parts_and_their_order_are_saved_and_take_effect_without_a_restart()
    {
        await Client.LoginAsAdminAsync();
        await CreateTypeAsync("Event");
        var saved = await Client.PostFormAsync("/admin/content-types/Event", "/admin/content-types/Event",
        [
            new("DisplayName", "Arrangement"), new("Description", "Møder og fester"), new("Creatable", "true"), new("Listable", "true"), new("Securable", "true"),
            new("Parts[0].Name", "TitlePart"), new("Parts[0].Position", "5"),
            new("Parts[1].Name", "Event"), new("Parts[1].Position", "1"),
            new("Parts[2].Name", "AutoroutePart"), new("Parts[2].Position", "2"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var type = await GetTypeAsync("Event");
        Assert.Equal("Arrangement", type.DisplayName);
        Assert.Equal(["Event", "AutoroutePart", "TitlePart"], type.OrderedParts.Select(p => p.Name));
        Assert.True(type.TypeSettings.Securable);
        Assert.False(type.TypeSettings.Draftable);
        Assert.Equal("Møder og fester", type.TypeSettings.Description);

        // A position that is not a number is refused at its input; the other typed values come back.
        var bad = await Client.PostFormAsync("/admin/content-types/Event", "/admin/content-types/Event",
            [new("DisplayName", "Arrangement ændret"), new("Parts[0].Name", "Event"), new("Parts[0].Position", "først")]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("id=\"Parts[0].Position-error\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"først\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Arrangement ændret\"", badHtml, StringComparison.Ordinal);
        Assert.Equal("Arrangement", (await GetTypeAsync("Event")).DisplayName);

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/Event", "/admin/content-types/Event/parts/add", [new("PartName", "HtmlBodyPart")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/Event", "/admin/content-types/Event/parts/AutoroutePart/remove", [])).StatusCode);
        type = await GetTypeAsync("Event");
        Assert.True(type.HasPart("HtmlBodyPart"));
        Assert.False(type.HasPart("AutoroutePart"));
        var list = await Client.GetStringAsync("/admin/content-types");
        Assert.Contains("HtmlBodyPart", Row(list, "data-type=\"Event\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Part_settings_are_validated_and_saved()
    {
        await Client.LoginAsAdminAsync();
        await CreateTypeAsync("Notice");
        var bad = await Client.PostFormAsync("/admin/content-types/Notice/parts/AutoroutePart", "/admin/content-types/Notice/parts/AutoroutePart",
            [new("Pattern", "{{ ContentItem.DisplayText | slugify "), new("AllowCustomPath", "true")]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("id=\"Pattern-error\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("ContentItem.DisplayText | slugify ", WebUtility.HtmlDecode(badHtml), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/Notice/parts/AutoroutePart", "/admin/content-types/Notice/parts/AutoroutePart",
            [new("Pattern", "opslag/{{ ContentItem.DisplayText | slugify }}")])).StatusCode);
        var autoroute = (await GetTypeAsync("Notice")).FindPart("AutoroutePart")!.Settings.GetSettings<Cms.Contents.Parts.AutoroutePartSettings>();
        Assert.Equal("opslag/{{ ContentItem.DisplayText | slugify }}", autoroute.Pattern);
        Assert.False(autoroute.AllowCustomPath);

        await Client.PostFormAsync("/admin/content-types/Notice", "/admin/content-types/Notice/parts/add", [new("PartName", "ListPart")]);
        var badSize = await Client.PostFormAsync("/admin/content-types/Notice/parts/ListPart", "/admin/content-types/Notice/parts/ListPart", [new("ContainedContentTypes", "Notice"), new("PageSize", "mange")]);
        Assert.Equal(HttpStatusCode.OK, badSize.StatusCode);
        Assert.Contains("id=\"PageSize-error\"", await badSize.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/Notice/parts/ListPart", "/admin/content-types/Notice/parts/ListPart",
            [new("ContainedContentTypes", "Notice"), new("EnableOrdering", "true"), new("PageSize", "25")])).StatusCode);
        var listSettings = (await GetTypeAsync("Notice")).FindPart("ListPart")!.Settings.GetSettings<Cms.Contents.Parts.ListPartSettings>();
        Assert.Equal(["Notice"], listSettings.ContainedContentTypes);
        Assert.True(listSettings.EnableOrdering);
        Assert.Equal(25, listSettings.PageSize);
    }

    [Fact]
    public async Task Fields_are_added_edited_and_validated()
    {
        await Client.LoginAsAdminAsync();
        await CreateTypeAsync("Grant");
        Assert.Equal("/admin/content-types/Grant/fields/KortBeskrivelse", await AddFieldAsync("Grant", "Kort beskrivelse", "TextField"));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/Grant/fields/KortBeskrivelse", "/admin/content-types/Grant/fields/KortBeskrivelse",
            [new("DisplayName", "Kort beskrivelse"), new("Editor", "TextArea"), new("Hint", "Højst to linjer"), new("Position", "0"), new("Required", "true"), new("MaxLength", "300")])).StatusCode);
        var field = (await GetPartAsync("Grant")).FindField("KortBeskrivelse")!;
        Assert.Equal("TextArea", field.FieldSettings.Editor);
        Assert.Equal("Højst to linjer", field.FieldSettings.Description);
        var text = field.Settings.GetSettings<Cms.Contents.Fields.TextFieldSettings>();
        Assert.True(text.Required);
        Assert.Equal(300, text.MaxLength);
        Assert.Equal("Højst to linjer", text.Hint);

        await AddFieldAsync("Grant", "Status", "ChoiceField");
        var badChoice = await Client.PostFormAsync("/admin/content-types/Grant/fields/Status", "/admin/content-types/Grant/fields/Status",
            [new("DisplayName", "Status"), new("Position", "1"), new("Options", "Ansøgt|applied\n|rejected")]);
        Assert.Equal(HttpStatusCode.OK, badChoice.StatusCode);
        var badHtml = WebUtility.HtmlDecode(await badChoice.Content.ReadAsStringAsync());
        Assert.Contains("id=\"Options-error\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("Ansøgt|applied", badHtml, StringComparison.Ordinal);
        Assert.Empty((await GetPartAsync("Grant")).FindField("Status")!.Settings.GetSettings<Cms.Contents.Fields.ChoiceFieldSettings>().Options);

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/Grant/fields/Status", "/admin/content-types/Grant/fields/Status",
            [new("DisplayName", "Status"), new("Position", "1"), new("Options", "Ansøgt|applied\nafvist"), new("Multiple", "true")])).StatusCode);
        var choice = (await GetPartAsync("Grant")).FindField("Status")!.Settings.GetSettings<Cms.Contents.Fields.ChoiceFieldSettings>();
        Assert.Equal(["applied", "afvist"], choice.Options.Select(o => o.Value));
        Assert.Equal(["Ansøgt", "afvist"], choice.Options.Select(o => o.Name));
        Assert.True(choice.Multiple);

        await AddFieldAsync("Grant", "Beløb", "NumericField");
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/Grant/fields/Beloeb", "/admin/content-types/Grant/fields/Beloeb",
            [new("DisplayName", "Beløb"), new("Position", "2"), new("Minimum", "0"), new("Maximum", "59800"), new("Scale", "2")])).StatusCode);
        var badNumber = await Client.PostFormAsync("/admin/content-types/Grant/fields/Beloeb", "/admin/content-types/Grant/fields/Beloeb",
            [new("DisplayName", "Beløb"), new("Position", "2"), new("Minimum", "100"), new("Maximum", "10"), new("Scale", "2")]);
        Assert.Equal(HttpStatusCode.OK, badNumber.StatusCode);
        Assert.Contains("id=\"Maximum-error\"", await badNumber.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/Grant/fields/Beloeb", "/admin/content-types/Grant/fields/Beloeb",
            [new("DisplayName", "Ansøgt beløb"), new("Position", "0"), new("Minimum", "1,5"), new("Maximum", "59800"), new("Scale", "2"), new("Required", "true")])).StatusCode);
        var numeric = (await GetPartAsync("Grant")).FindField("Beloeb")!;
        Assert.Equal("Ansøgt beløb", numeric.DisplayName);
        Assert.Equal(1.5m, numeric.Settings.GetSettings<Cms.Contents.Fields.NumericFieldSettings>().Minimum);
        Assert.Equal(59800m, numeric.Settings.GetSettings<Cms.Contents.Fields.NumericFieldSettings>().Maximum);

        // Reordering fields from the type page.
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/Grant", "/admin/content-types/Grant",
            [new("DisplayName", "Grant"), new("Fields[0].Name", "Status"), new("Fields[0].Position", "0"), new("Fields[1].Name", "KortBeskrivelse"), new("Fields[1].Position", "5"), new("Fields[2].Name", "Beloeb"), new("Fields[2].Position", "3")])).StatusCode);
        Assert.Equal(["Status", "Beloeb", "KortBeskrivelse"], (await GetPartAsync("Grant")).OrderedFields.Select(f => f.Name));
        var page = await Client.GetStringAsync("/admin/content-types/Grant");
        Assert.True(page.IndexOf("data-field=\"Status\"", StringComparison.Ordinal) < page.IndexOf("data-field=\"KortBeskrivelse\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Removing_and_re_adding_a_field_keeps_the_items_values()
    {
        await Client.LoginAsAdminAsync();
        await CreateTypeAsync("Story");
        await AddTextFieldAsync("Story", "Intro");
        var id = await Site.WithScopeAsync(async s =>
        {
            var contents = s.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("Story");
            item.Part("TitlePart")["Title"] = "En historie";
            item.Part("Story")["Intro"] = new JsonObject { ["Text"] = "Kom og vær med" };
            return (await contents.CreateAsync(item, publish: true)).ContentItemId;
        });

        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/Story", "/admin/content-types/Story/fields/Intro/remove", [])).StatusCode);
        Assert.Null((await GetPartAsync("Story")).FindField("Intro"));
        Assert.DoesNotContain("data-field=\"Intro\"", await Client.GetStringAsync("/admin/content-types/Story"), StringComparison.Ordinal);
        Assert.Equal("Kom og vær med", await IntroOfAsync(id));

        await AddTextFieldAsync("Story", "Intro");
        Assert.NotNull((await GetPartAsync("Story")).FindField("Intro"));
        Assert.Equal("Kom og vær med", await IntroOfAsync(id));
    }

    [Fact]
    public async Task Deleting_a_type_says_its_items_stay_and_keeps_them()
    {
        await Client.LoginAsAdminAsync();
        await CreateTypeAsync("Leaflet");
        var id = await Site.WithScopeAsync(async s =>
        {
            var contents = s.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("Leaflet");
            item.Part("TitlePart")["Title"] = "Folder";
            return (await contents.CreateAsync(item, publish: true)).ContentItemId;
        });

        var confirm = await Client.GetStringAsync("/admin/content-types/Leaflet/delete");
        Assert.Contains("data-item-count=\"1\"", confirm, StringComparison.Ordinal);
        Assert.Contains("Kun typens definition slettes. De 1 elementer af denne type bliver urørt i databasen", WebUtility.HtmlDecode(confirm), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/Leaflet/delete", "/admin/content-types/Leaflet/delete", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/admin/content-types/Leaflet")).StatusCode);
        Assert.DoesNotContain("data-type=\"Leaflet\"", await Client.GetStringAsync("/admin/content-types"), StringComparison.Ordinal);
        var item = await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.Equal("Folder", item!.DisplayText);
    }

    [Fact]
    public async Task A_role_granted_only_EditContent_News_may_edit_news_but_not_pages()
    {
        await Client.LoginAsAdminAsync();
        await CreateTypeAsync("News");
        await CreateTypeAsync("Brochure");
        await Client.PostFormAsync("/admin/content-types/News", "/admin/content-types/News",
            [new("DisplayName", "News"), new("Creatable", "true"), new("Listable", "true"), new("Draftable", "true"), new("Versionable", "true"), new("Securable", "true")]);
        await Site.WithScopeAsync(async s => (await s.GetRequiredService<RoleManager<CmsRole>>().CreateAsync(new CmsRole("NewsWriters"))).Succeeded);

        // The roles page lists the securable type's own permissions, and granting one there sticks.
        var rolePage = await Client.GetStringAsync("/admin/roles/NewsWriters");
        Assert.Contains("value=\"EditContent_News\"", rolePage, StringComparison.Ordinal);
        Assert.Contains("Redigere alle 'News'-elementer", WebUtility.HtmlDecode(rolePage), StringComparison.Ordinal);
        Assert.Contains("Redigere alt indhold", WebUtility.HtmlDecode(rolePage), StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"EditContent_Brochure\"", rolePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/roles/NewsWriters", "/admin/roles/NewsWriters", [new("Description", "Skriver nyheder"), new("Permissions", "AccessAdminPanel"), new("Permissions", "EditContent_News")])).StatusCode);
        Assert.Matches("id=\"perm-EditContent_News\"[^>]*checked", await Client.GetStringAsync("/admin/roles/NewsWriters"));

        await Site.CreateUserAsync("news-nina", "News-password-1", "NewsWriters");
        var (canEditNews, canEditPage, canPublishNews) = await Site.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<CmsUser>>();
            var principal = await s.GetRequiredService<IUserClaimsPrincipalFactory<CmsUser>>().CreateAsync((await users.FindByNameAsync("news-nina"))!);
            var definitions = s.GetRequiredService<ContentDefinitionManager>();
            var news = await definitions.GetTypeAsync("News");
            var page = await definitions.GetTypeAsync("Brochure");
            var someoneElses = new ContentItem { ContentItemId = "x", Owner = "admin" };
            return (principal.Can(ContentAction.Edit, news, someoneElses), principal.Can(ContentAction.Edit, page, someoneElses), principal.Can(ContentAction.Publish, news, someoneElses));
        });
        Assert.True(canEditNews);
        Assert.False(canEditPage);
        Assert.False(canPublishNews);

        // In the admin: she sees and opens other people's news, but neither sees nor opens their pages.
        var (newsId, pageId) = await Site.WithScopeAsync(async s =>
        {
            var contents = s.GetRequiredService<ContentManager>();
            var news = await contents.NewAsync("News");
            news.Part("TitlePart")["Title"] = "Nyhed fra sekretariatet";
            var page = await contents.NewAsync("Brochure");
            page.Part("TitlePart")["Title"] = "Side fra sekretariatet";
            return ((await contents.CreateAsync(news, publish: false)).ContentItemId, (await contents.CreateAsync(page, publish: false)).ContentItemId);
        });
        using var nina = Site.CreateClient();
        await nina.LoginAsync("news-nina", "News-password-1");
        var list = WebUtility.HtmlDecode(await nina.GetStringAsync("/admin/content"));
        Assert.Contains("Nyhed fra sekretariatet", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Side fra sekretariatet", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await nina.GetAsync($"/admin/content/{newsId}/edit")).StatusCode);
        var refused = await nina.GetAsync($"/admin/content/{pageId}/edit");
        Assert.Equal("/access-denied", refused.Headers.Location?.AbsolutePath);
    }

    private async Task CreateTypeAsync(string name)
    {
        var response = await Client.PostFormAsync("/admin/content-types/create", "/admin/content-types/create", [new("DisplayName", name), new("Name", name)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task AddTextFieldAsync(string type, string name) =>
        Assert.Equal($"/admin/content-types/{type}/fields/{name}", await AddFieldAsync(type, name, "TextField"));

    /// <summary>Step 1 of adding a field; returns where it leads (step 2, the field's settings).</summary>
    private async Task<string> AddFieldAsync(string type, string displayName, string fieldType)
    {
        var response = await Client.PostFormAsync($"/admin/content-types/{type}/fields/add", $"/admin/content-types/{type}/fields/add",
            [new("DisplayName", displayName), new("TechnicalName", ""), new("FieldType", fieldType)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private Task<ContentTypeDefinition> GetTypeAsync(string name) =>
        Site.WithScopeAsync(async s => (await s.GetRequiredService<ContentDefinitionManager>().GetTypeAsync(name))!);

    private Task<ContentPartDefinition> GetPartAsync(string name) =>
        Site.WithScopeAsync(async s => (await s.GetRequiredService<ContentDefinitionManager>().GetPartAsync(name))!);

    private Task<string?> IntroOfAsync(string id) =>
        Site.WithScopeAsync(async s => (await s.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest))?.Content["Story"]?["Intro"]?["Text"]?.GetValue<string>());

    private static string Row(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row with {marker}");
        var row = html[start..];
        return row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
    }
}
