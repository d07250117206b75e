using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Contents.Metadata;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Security;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class RecipeAdminTests_Sqlite(SqliteSiteFixture fixture) : RecipeAdminTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class RecipeAdminTests_Postgres(PostgresSiteFixture fixture) : RecipeAdminTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>The recipe pages at /admin/recipes: upload, run a shipped recipe, export, and who may use them.</summary>
public abstract class RecipeAdminTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    private static byte[] NoticeRecipe(string typeName, string itemId, string title) => Encoding.UTF8.GetBytes($$"""
        { "name": "{{typeName.ToLowerInvariant()}}", "displayName": "Notices", "steps": [
          { "name": "ContentDefinition", "ContentTypes": [ { "Name": "{{typeName}}", "DisplayName": "Notice",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } } ] } ] },
          { "name": "Content", "data": [ { "ContentItemId": "{{itemId}}", "ContentType": "{{typeName}}", "DisplayText": "{{title}}", "Latest": true, "Published": true, "TitlePart": { "Title": "{{title}}" } } ] } ] }
        """);

    [Fact]
    public async Task Admin_sees_the_shipped_recipes_and_the_upload_form()
    {
        await Client.LoginAsAdminAsync();

        var html = await Client.GetStringAsync("/admin/recipes");

        Assert.Contains("<h1>Opskrifter</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-recipe-file=\"ltk.recipe.json\"", html, StringComparison.Ordinal);
        Assert.Contains("Integrationsrådet, Lyngby-Taarbæk Kommune", html, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"form-label\" for=\"RecipeFile\">Opskriftsfil</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_uploads_a_recipe_and_sees_what_was_done()
    {
        await Client.LoginAsAdminAsync();

        var response = await Client.UploadRecipeAsync(NoticeRecipe("Notice", "notice00000000000000000001", "Vejarbejde på Lyngby Hovedgade"), "notices.recipe.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Opskriften Notices blev kørt", html, StringComparison.Ordinal);
        Assert.Contains("Alle 2 trin blev udført.", html, StringComparison.Ordinal);
        Assert.Contains("Vejarbejde på Lyngby Hovedgade", html, StringComparison.Ordinal);
        Assert.Contains("Oprettet", html, StringComparison.Ordinal);

        var item = await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().GetAsync("notice00000000000000000001", VersionOptions.Published));
        Assert.Equal("Vejarbejde på Lyngby Hovedgade", item!.DisplayText);
        Assert.Equal("admin", item.Owner);
        var runs = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().AuditTrailEvents.Where(e => e.Category == "Recipe" && e.ObjectId == "notice").ToListAsync());
        Assert.Equal("admin", Assert.Single(runs).UserName);
    }

    [Fact]
    public async Task A_broken_recipe_shows_the_failing_step_and_changes_nothing()
    {
        await Client.LoginAsAdminAsync();
        var recipe = JsonNode.Parse(NoticeRecipe("BrokenNotice", "broken00000000000000000001", "Halvt færdig"))!;
        recipe["steps"]![1]!["data"]![0]!["ContentType"] = "NoSuchType";
        var auditBefore = await Site.CountAuditAsync();

        var response = await Client.UploadRecipeAsync(Encoding.UTF8.GetBytes(recipe.ToJsonString()), "broken.recipe.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("Trin 2 &#x27;Content&#x27; fejlede", html, StringComparison.Ordinal);
        Assert.Contains("unknown content type &#x27;NoSuchType&#x27;", html, StringComparison.Ordinal);
        Assert.Contains("Intet blev ændret.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"RecipeFile-error\"", html, StringComparison.Ordinal);

        // Step 1 succeeded on its own, but the run is one transaction: its type is gone too.
        Assert.Null(await Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetTypeAsync("BrokenNotice")));
        Assert.Null(await Site.WithScopeAsync(s => s.GetRequiredService<ContentManager>().GetAsync("broken00000000000000000001", VersionOptions.Latest)));
        Assert.Equal(auditBefore, await Site.CountAuditAsync());
        Site.Logs.ExpectContaining("failed at step Content");
    }

    [Fact]
    public async Task Uploads_that_are_not_recipes_are_refused_at_the_field()
    {
        await Client.LoginAsAdminAsync();

        var notJson = await (await Client.UploadRecipeAsync(Encoding.UTF8.GetBytes("{ \"name\": "), "half.recipe.json")).Content.ReadAsStringAsync();
        Assert.Contains("Filen er ikke en gyldig opskrift", notJson, StringComparison.Ordinal);
        Assert.Contains("is not valid JSON", notJson, StringComparison.Ordinal);

        var wrongType = await (await Client.UploadRecipeAsync(Encoding.UTF8.GetBytes("{}"), "recipe.txt")).Content.ReadAsStringAsync();
        Assert.Contains("Opskriften skal være en .json-fil.", wrongType, StringComparison.Ordinal);

        var tooLarge = new byte[(2 * 1024 * 1024) + 1024];
        Array.Fill(tooLarge, (byte)' ');
        var large = await (await Client.UploadRecipeAsync(tooLarge, "large.recipe.json")).Content.ReadAsStringAsync();
        Assert.Contains("Opskriftsfilen er større end 2 MB.", large, StringComparison.Ordinal);

        var token = await Client.GetAntiforgeryTokenAsync("/admin/recipes");
        using var empty = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var none = await (await Client.PostAsync("/admin/recipes/upload", empty)).Content.ReadAsStringAsync();
        Assert.Contains("Vælg en opskriftsfil, der skal uploades.", none, StringComparison.Ordinal);
        Assert.Contains("href=\"#RecipeFile\"", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shipped_recipe_runs_after_a_confirmation_page()
    {
        await Client.LoginAsAdminAsync();

        var confirm = await Client.GetAsync("/admin/recipes/run?file=ltk.recipe.json");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var html = await confirm.Content.ReadAsStringAsync();
        Assert.Contains("Kør opskriften Integrationsrådet, Lyngby-Taarbæk Kommune", html, StringComparison.Ordinal);

        var run = await Client.PostFormAsync("/admin/recipes/run?file=ltk.recipe.json", "/admin/recipes/run", [new("file", "ltk.recipe.json")]);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Contains("blev kørt", await run.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/admin/recipes/run?file=..%2Fappsettings.json")).StatusCode);
    }

    [Fact]
    public async Task Export_downloads_the_chosen_types_as_a_recipe_file()
    {
        await Client.LoginAsAdminAsync();
        await Client.UploadRecipeAsync(NoticeRecipe("ExportNotice", "export00000000000000000001", "Til eksport"), "export.recipe.json");

        var form = await Client.GetStringAsync("/admin/recipes/export");
        Assert.Contains("id=\"type-ExportNotice\"", form, StringComparison.Ordinal);
        Assert.Contains("<legend class=\"form-label\">Indholdstyper</legend>", form, StringComparison.Ordinal);

        var nothingChosen = await Client.PostFormAsync("/admin/recipes/export", "/admin/recipes/export", [new("IncludeContent", "true")]);
        Assert.Equal(HttpStatusCode.OK, nothingChosen.StatusCode);
        Assert.Contains("Vælg mindst én indholdstype, der skal eksporteres.", await nothingChosen.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var download = await Client.PostFormAsync("/admin/recipes/export", "/admin/recipes/export", [new("ContentTypes", "ExportNotice"), new("IncludeContent", "true")]);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        var fileName = download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName!.Trim('"');
        Assert.Matches(@"^ltk-export-\d{8}\.recipe\.json$", fileName);
        var recipe = JsonNode.Parse(await download.Content.ReadAsStringAsync())!;
        var steps = recipe["steps"]!.AsArray();
        Assert.Equal(["ContentDefinition", "Content"], steps.Select(s => (string?)s!["name"]));
        Assert.Equal("ExportNotice", (string?)Assert.Single(steps[0]!["ContentTypes"]!.AsArray())!["Name"]);
        var item = Assert.Single(steps[1]!["data"]!.AsArray())!;
        Assert.Equal("export00000000000000000001", (string?)item["ContentItemId"]);
        Assert.Equal("Til eksport", (string?)item["TitlePart"]!["Title"]);

        var exports = await Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().AuditTrailEvents
            .Where(e => e.Category == "Recipe" && e.EventName == "Exported" && e.ObjectName == "ExportNotice").ToListAsync());
        Assert.Equal("admin", Assert.Single(exports).UserName);

        var typesOnly = await Client.PostFormAsync("/admin/recipes/export", "/admin/recipes/export", [new("ContentTypes", "ExportNotice")]);
        var typesOnlySteps = JsonNode.Parse(await typesOnly.Content.ReadAsStringAsync())!["steps"]!.AsArray();
        Assert.Equal(["ContentDefinition"], typesOnlySteps.Select(s => (string?)s!["name"]));
    }

    [Fact]
    public async Task An_editor_may_neither_run_nor_export_recipes()
    {
        await Site.CreateUserAsync("editor-recipes", "Editor-password-1", CmsRoles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.LoginAsync("editor-recipes", "Editor-password-1")).StatusCode);

        foreach (var url in new[] { "/admin/recipes", "/admin/recipes/export", "/admin/recipes/run?file=ltk.recipe.json" })
        {
            var response = await Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/access-denied", response.Headers.Location!.AbsolutePath);
            Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync(response.Headers.Location)).StatusCode);
        }

        // Nor can they post a recipe.
        var token = await Client.GetAntiforgeryTokenAsync("/admin");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(NoticeRecipe("SneakyNotice", "sneaky00000000000000000001", "Snydt")), "RecipeFile", "sneaky.recipe.json" },
        };
        var post = await Client.PostAsync("/admin/recipes/upload", form);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/access-denied", post.Headers.Location!.AbsolutePath);
        Assert.Null(await Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetTypeAsync("SneakyNotice")));

        var dashboard = await Client.GetStringAsync("/admin");
        Assert.DoesNotContain("href=\"/admin/recipes\"", dashboard, StringComparison.Ordinal);
    }
}
