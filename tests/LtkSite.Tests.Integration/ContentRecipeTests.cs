using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Contents.Fields;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Contents.Recipes;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Recipes;
using Cms.Core.Text;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class ContentRecipeTests_Sqlite(SqliteSiteFixture fixture) : ContentRecipeTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class ContentRecipeTests_Postgres(PostgresSiteFixture fixture) : ContentRecipeTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>The ContentDefinition and Content recipe steps, and export to another site.</summary>
public abstract class ContentRecipeTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    private const string News1 = "sample000000000000000news1";
    private const string News2 = "sample000000000000000news2";
    private const string Page1 = "sample000000000000000page1";

    [Fact]
    public async Task Orchard_exported_definitions_read_back_with_their_settings()
    {
        await Site.StoreTypeAsync(new ContentTypeDefinition { Name = "KeptType", DisplayName = "Kept", Parts = [new() { Name = PartNames.Title, PartName = PartNames.Title }] });

        var result = await Site.RunRecipeFileAsync(RecipeTestFiles.Sample);

        Assert.True(result.Succeeded, result.Error);
        var definition = await Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetAsync());

        var news = definition.FindType("NewsArticle")!;
        Assert.Equal("News article", news.DisplayName);
        var settings = news.TypeSettings;
        Assert.True(settings.Creatable && settings.Listable && settings.Draftable && settings.Versionable && settings.Securable);
        Assert.Equal("A news item for the front page", settings.Description);
        Assert.True(news.Settings.ContainsKey("FullTextAspectSettings"), "settings groups this site does not know are kept for the next export");
        Assert.Equal([PartNames.Title, PartNames.Autoroute, "NewsArticle"], news.OrderedParts.Select(p => p.PartName));
        Assert.Equal(1, news.FindPart(PartNames.Autoroute)!.PartSettings.Position);
        Assert.Equal("nyheder/{{ ContentItem.DisplayText | slugify }}", news.FindPart(PartNames.Autoroute)!.Settings.GetSettings<AutoroutePartSettings>().Pattern);

        var newsPart = definition.FindPart("NewsArticle")!;
        var subtitle = newsPart.FindField("Subtitle")!;
        Assert.Equal(FieldTypes.Text, subtitle.FieldName);
        Assert.Equal("TextArea", subtitle.FieldSettings.Editor);
        Assert.Equal("One sentence under the title", subtitle.Settings.GetSettings<TextFieldSettings>().Hint);
        Assert.True(subtitle.Settings.GetSettings<TextFieldSettings>().Required);
        var readers = newsPart.FindField("Readers")!;
        Assert.Equal(FieldTypes.Numeric, readers.FieldName);
        Assert.Equal("Expected readers", readers.DisplayName);
        Assert.Equal(1, readers.FieldSettings.Position);
        var numeric = readers.Settings.GetSettings<NumericFieldSettings>();
        Assert.Equal(0m, numeric.Minimum);
        Assert.Equal(100000m, numeric.Maximum);
        Assert.Equal(0, numeric.Scale);

        // The older flat shape reads the same as the grouped one.
        var old = definition.FindType("OldPage")!;
        Assert.True(old.TypeSettings.Creatable && old.TypeSettings.Listable && old.TypeSettings.Draftable);
        Assert.False(old.TypeSettings.Versionable);
        Assert.Equal(["TitlePart", "OldPage"], old.OrderedParts.Select(p => p.PartName));
        Assert.Equal(1, old.FindPart("OldPage")!.PartSettings.Position);
        var intro = definition.FindPart("OldPage")!.FindField("Intro")!;
        Assert.Equal("Introduction", intro.DisplayName);
        Assert.Equal("Shown above the page text", intro.FieldSettings.Description);

        Assert.NotNull(definition.FindType("KeptType"));
    }

    [Fact]
    public async Task Running_a_recipe_twice_changes_nothing_the_second_time()
    {
        await Site.RunRecipeFileAsync(RecipeTestFiles.Sample);
        var auditBefore = await Site.CountAuditAsync();
        var versionsBefore = await Site.CountVersionsAsync(News1, News2, Page1);

        var again = await Site.RunRecipeFileAsync(RecipeTestFiles.Sample);

        Assert.True(again.Succeeded, again.Error);
        Assert.Empty(again.Changes);
        Assert.Equal(versionsBefore, await Site.CountVersionsAsync(News1, News2, Page1));
        // Only the record of the run itself is added: no type, part or item event.
        Assert.Equal(auditBefore + 1, await Site.CountAuditAsync());
    }

    [Fact]
    public async Task Content_step_creates_items_through_the_handlers_with_their_paths_and_states()
    {
        var result = await Site.RunRecipeFileAsync(RecipeTestFiles.Sample);
        Assert.True(result.Succeeded, result.Error);

        var (news1, news2, page1Latest, page1Published, paths) = await Site.WithScopeAsync(async s =>
        {
            var contents = s.GetRequiredService<ContentManager>();
            var db = s.GetRequiredService<LtkDbContext>();
            return (
                await contents.GetAsync(News1, VersionOptions.Published),
                await contents.GetAsync(News2, VersionOptions.Published),
                await contents.GetAsync(Page1, VersionOptions.Latest),
                await contents.GetAsync(Page1, VersionOptions.Published),
                await db.Set<AutorouteEntry>().Where(e => e.IsCurrent && (e.ContentItemId == News1 || e.ContentItemId == News2)).ToListAsync());
        });

        Assert.NotNull(news1);
        Assert.Equal("Kulturfestival 2026", news1.DisplayText);
        Assert.Equal("admin", news1.Owner);
        Assert.Equal(new DateTime(2026, 5, 1, 7, 30, 0, DateTimeKind.Utc), news1.CreatedUtc);
        Assert.Equal(1200, news1.Content["NewsArticle"]!["Readers"]!["Value"]!.GetValue<int>());
        Assert.Equal("nyheder/kulturfestival", Assert.Single(paths, p => p.ContentItemId == News1).Path);

        // The path pattern of the type made the second item's path.
        Assert.NotNull(news2);
        Assert.Equal("nyheder/" + Slugs.FromText("Nyt møde i rådet"), Assert.Single(paths, p => p.ContentItemId == News2).Path);
        Assert.Equal("nyheder/" + Slugs.FromText("Nyt møde i rådet"), news2.As<AutoroutePart>().Path);

        // A draft stays a draft.
        Assert.NotNull(page1Latest);
        Assert.False(page1Latest.Published);
        Assert.Null(page1Published);

        var created = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().AuditTrailEvents
            .Where(e => e.Category == "Content" && e.ObjectId == News1 && e.EventName == "Created").CountAsync());
        Assert.Equal(1, created);
    }

    [Fact]
    public async Task A_changed_item_in_a_recipe_becomes_a_new_published_version()
    {
        await Site.RunRecipeFileAsync(RecipeTestFiles.Sample);
        var versionsBefore = await Site.CountVersionsAsync(News1);
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(RecipeTestFiles.Sample))!.AsObject();
        var item = recipe["steps"]![1]!["data"]!.AsArray().Single(i => (string?)i!["ContentItemId"] == News1)!;
        item["NewsArticle"]!["Subtitle"]!["Text"] = "Ny undertitel " + Guid.NewGuid().ToString("N")[..6];

        var result = await Site.RunRecipeAsync(recipe.ToJsonString());

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(result.Changes, c => c.Kind == RecipeChangeKind.Updated && c.Name == "Kulturfestival 2026");
        Assert.Equal(versionsBefore + 1, await Site.CountVersionsAsync(News1));
        var published = await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().GetAsync(News1, VersionOptions.Published));
        Assert.Equal((string?)item["NewsArticle"]!["Subtitle"]!["Text"], (string?)published!.Content["NewsArticle"]!["Subtitle"]!["Text"]);
    }

    [Fact]
    public async Task A_deleted_item_listed_in_a_recipe_comes_back_published()
    {
        await Site.RunRecipeFileAsync(RecipeTestFiles.Sample);
        Assert.True(await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().RemoveAsync(News2)));
        Assert.Null(await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().GetAsync(News2, VersionOptions.Published)));

        var result = await Site.RunRecipeFileAsync(RecipeTestFiles.Sample);

        Assert.True(result.Succeeded, result.Error);
        var published = await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().GetAsync(News2, VersionOptions.Published));
        Assert.Equal("Nyt møde i rådet", published!.DisplayText);
        Assert.Null(published.DeletedUtc);
    }

    [Fact]
    public async Task An_unknown_field_type_is_refused_naming_the_part_field_and_type()
    {
        var result = await Site.RunRecipeAsync("""
            { "name": "bad-field", "steps": [ { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Gadget", "ContentTypePartDefinitionRecords": [ { "PartName": "Gadget", "Name": "Gadget" } ] } ],
              "ContentParts": [ { "Name": "Gadget", "ContentPartFieldDefinitionRecords": [ { "FieldName": "GeoPointField", "Name": "Photo" } ] } ] } ] }
            """);

        Assert.False(result.Succeeded);
        Assert.Equal("ContentDefinition", result.FailedStep);
        Assert.Contains("Part 'Gadget', field 'Photo': unknown field type 'GeoPointField'", result.Error, StringComparison.Ordinal);
        Assert.Null(await Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetTypeAsync("Gadget")));
        Site.Logs.ExpectContaining("failed at step ContentDefinition");
    }

    [Fact]
    public async Task Names_the_admin_would_refuse_and_a_field_named_twice_are_refused_as_the_admin_refuses_them()
    {
        var badName = await Site.RunRecipeAsync("""
            { "name": "bad-name", "steps": [ { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Møde-referat", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] } ] }
            """);
        Assert.False(badName.Succeeded);
        Assert.Contains("Content type 'Møde-referat': a technical name starts with a letter and has only the letters A–Z and digits", badName.Error, StringComparison.Ordinal);
        Site.Logs.ExpectContaining("failed at step ContentDefinition");

        var twice = await Site.RunRecipeAsync("""
            { "name": "field-twice", "steps": [ { "name": "ContentDefinition",
              "ContentParts": [ { "Name": "Twice", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Intro" }, { "FieldName": "HtmlField", "Name": "Intro" } ] } ] } ] }
            """);
        Assert.False(twice.Succeeded);
        Assert.Contains("Part 'Twice' has the field 'Intro' 2 times; give each field its own name.", twice.Error, StringComparison.Ordinal);
        Assert.Null(await Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetPartAsync("Twice")));
    }

    [Fact]
    public async Task A_type_using_a_part_nobody_defines_is_refused()
    {
        var result = await Site.RunRecipeAsync("""
            { "name": "bad-part", "steps": [ { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Widget", "ContentTypePartDefinitionRecords": [ { "PartName": "FlowPart", "Name": "FlowPart" } ] } ] } ] }
            """);

        Assert.False(result.Succeeded);
        Assert.Contains("Content type 'Widget' uses part 'FlowPart'", result.Error, StringComparison.Ordinal);
        Assert.Null(await Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetTypeAsync("Widget")));
        Site.Logs.ExpectContaining("failed at step ContentDefinition");
    }

    [Fact]
    public async Task An_item_of_an_unknown_type_is_refused_naming_the_item_and_nothing_of_the_recipe_is_kept()
    {
        var result = await Site.RunRecipeAsync("""
            { "name": "bad-item", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "HalfDone", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] },
              { "name": "Content", "data": [ { "ContentItemId": "baditem0000000000000000001", "ContentType": "NoSuchType", "DisplayText": "Forældreløs" } ] } ] }
            """);

        Assert.False(result.Succeeded);
        Assert.Equal("Content", result.FailedStep);
        Assert.Equal(2, result.FailedStepNumber);
        Assert.Contains("'Forældreløs'", result.Error, StringComparison.Ordinal);
        Assert.Contains("unknown content type 'NoSuchType'", result.Error, StringComparison.Ordinal);
        Assert.Null(await Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetTypeAsync("HalfDone")));
        Site.Logs.ExpectContaining("failed at step Content");
    }

    [Fact]
    public async Task Export_imported_into_a_fresh_site_reproduces_types_and_items()
    {
        await Site.RunRecipeFileAsync(RecipeTestFiles.Sample);
        // A published item with a newer draft: both versions must travel.
        await Site.WithScopeAsync(async s =>
        {
            var contents = s.GetRequiredService<ContentManager>();
            var latest = (await contents.GetAsync(News2, VersionOptions.Latest))!;
            var edited = latest.CloneAsNewVersion();
            edited.Content["NewsArticle"]!["Subtitle"] = new JsonObject { ["Text"] = "Kladde til næste møde" };
            return await contents.UpdateAsync(edited, latest.ContentItemVersionId, publish: false);
        });

        await Client.LoginAsAdminAsync();
        var export = await Client.PostFormAsync("/admin/recipes/export", "/admin/recipes/export",
            [new("ContentTypes", "NewsArticle"), new("ContentTypes", "OldPage"), new("IncludeContent", "true")]);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches(@"^ltk-export-\d{8}\.recipe\.json$", export.Content.Headers.ContentDisposition.FileNameStar ?? export.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var bytes = await export.Content.ReadAsByteArrayAsync();

        await using var database = await TestDatabase.CreateAsync(Fixture.Database.Provider);
        await using var second = new SiteFactory(database);
        second.Start();
        using var client = second.CreateClient();
        await client.LoginAsAdminAsync();
        var import = await client.UploadRecipeAsync(bytes, "export.recipe.json");
        var page = await import.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Contains("blev kørt", page, StringComparison.Ordinal);
        second.Logs.AssertNoUnexpected();

        var source = await Site.SnapshotAsync(["NewsArticle", "OldPage"]);
        var copy = await second.SnapshotAsync(["NewsArticle", "OldPage"]);
        Assert.Equal(source.Types, copy.Types);
        Assert.Equal(source.Parts, copy.Parts);
        Assert.Equal(source.Items.Keys.Order(), copy.Items.Keys.Order());
        Assert.Contains(News1, copy.Items.Keys);
        Assert.Contains(Page1, copy.Items.Keys);
        foreach (var (id, state) in source.Items)
        {
            Assert.Equal(state, copy.Items[id]);
        }

        // The draft is still a draft over the published version on the new site.
        static string? Subtitle(string? content) => (string?)JsonNode.Parse(content!)!["NewsArticle"]!["Subtitle"]!["Text"];
        Assert.Equal("Kladde til næste møde", Subtitle(copy.Items[News2].Latest));
        Assert.Equal("Rådet mødes fire gange om året", Subtitle(copy.Items[News2].Published));
        Assert.False(copy.Items[News2].LatestIsPublished);
    }

    [Fact]
    public async Task Items_chosen_in_the_content_list_export_with_their_types_and_import_into_a_fresh_site()
    {
        await Site.RunRecipeFileAsync(RecipeTestFiles.Sample);
        await Client.LoginAsAdminAsync();
        var export = await Client.PostFormAsync("/admin/content", "/admin/recipes/export-items", [new("ids", News1)]);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        var recipe = JsonNode.Parse(bytes)!;
        var items = recipe["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Content")!["data"]!.AsArray();
        Assert.All(items, i => Assert.Equal(News1, (string?)i!["ContentItemId"]));

        await using var database = await TestDatabase.CreateAsync(Fixture.Database.Provider);
        await using var second = new SiteFactory(database);
        second.Start();
        using var client = second.CreateClient();
        await client.LoginAsAdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.UploadRecipeAsync(bytes, "items.recipe.json")).StatusCode);
        second.Logs.AssertNoUnexpected();

        var source = await Site.SnapshotAsync(["NewsArticle"]);
        var copy = await second.SnapshotAsync(["NewsArticle"]);
        Assert.Equal(source.Types, copy.Types);
        Assert.Equal([News1], copy.Items.Keys);
        Assert.Equal(source.Items[News1], copy.Items[News1]);
    }
}

/// <summary>Recipe files that travel with the tests.</summary>
public static class RecipeTestFiles
{
    public static string Sample => Path.Combine(AppContext.BaseDirectory, "Recipes", "sample.recipe.json");
}

/// <summary>What a test compares between two sites: type and part JSON, and per item its latest and published content.</summary>
public sealed record SiteContentSnapshot(IReadOnlyList<string> Types, IReadOnlyList<string> Parts, IReadOnlyDictionary<string, ItemState> Items);

public sealed record ItemState(string ContentType, string DisplayText, bool LatestIsPublished, string Latest, string? Published, string? Path);

public static class RecipeSiteExtensions
{
    public static Task<RecipeRunResult> RunRecipeAsync(this SiteFactory site, string json) =>
        site.WithScopeAsync(async s =>
        {
            var recipe = await Recipe.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.recipe.json");
            return await s.GetRequiredService<RecipeRunner>().RunAsync(recipe, "test.recipe.json");
        });

    public static async Task<RecipeRunResult> RunRecipeFileAsync(this SiteFactory site, string path) =>
        await site.RunRecipeAsync(await File.ReadAllTextAsync(path));

    public static Task StoreTypeAsync(this SiteFactory site, ContentTypeDefinition type) =>
        site.WithScopeAsync(async s =>
        {
            await s.GetRequiredService<ContentDefinitionManager>().StoreTypeAsync(type);
            return await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        });

    public static Task<int> CountAuditAsync(this SiteFactory site) =>
        site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().AuditTrailEvents.CountAsync());

    public static Task<int> CountVersionsAsync(this SiteFactory site, params string[] ids) =>
        site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<ContentItem>().CountAsync(i => ids.Contains(i.ContentItemId)));

    public static async Task<HttpResponseMessage> UploadRecipeAsync(this HttpClient client, byte[] bytes, string fileName)
    {
        var token = await client.GetAntiforgeryTokenAsync("/admin/recipes");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "RecipeFile", fileName);
        return await client.PostAsync("/admin/recipes/upload", form);
    }

    public static Task<SiteContentSnapshot> SnapshotAsync(this SiteFactory site, string[] types) =>
        site.WithScopeAsync(async s =>
        {
            var definition = await s.GetRequiredService<ContentDefinitionManager>().GetAsync();
            var chosen = definition.Types.Where(t => types.Contains(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            var partNames = chosen.SelectMany(t => t.Parts.Select(p => p.PartName)).ToHashSet();
            var db = s.GetRequiredService<LtkDbContext>();
            var versions = await db.Set<ContentItem>().AsNoTracking().Where(i => types.Contains(i.ContentType) && (i.Latest || i.Published)).ToListAsync();
            var paths = await db.Set<AutorouteEntry>().AsNoTracking().Where(e => e.IsCurrent).ToListAsync();
            var items = versions.GroupBy(v => v.ContentItemId).ToDictionary(g => g.Key, g =>
            {
                var latest = g.Single(v => v.Latest);
                var published = g.SingleOrDefault(v => v.Published);
                return new ItemState(latest.ContentType, latest.DisplayText, latest.Published, latest.Content.ToJsonString(), published?.Content.ToJsonString(),
                    paths.FirstOrDefault(p => p.ContentItemId == g.Key)?.Path);
            });
            return new SiteContentSnapshot(
                chosen.Select(t => ContentDefinitionJson.WriteType(t).ToJsonString()).ToList(),
                definition.Parts.Where(p => partNames.Contains(p.Name)).OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => ContentDefinitionJson.WritePart(p).ToJsonString()).ToList(),
                items);
        });
}
