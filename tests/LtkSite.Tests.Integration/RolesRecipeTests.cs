using System.Net;
using System.Text;
using Cms.Core.Security;
using LtkSite.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class RolesRecipeTests_Sqlite(SqliteSiteFixture fixture) : RolesRecipeTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class RolesRecipeTests_Postgres(PostgresSiteFixture fixture) : RolesRecipeTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>The Roles recipe step as an administrator meets it: re-running the shipped recipe, and Orchard's PermissionBehavior.</summary>
public abstract class RolesRecipeTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];

    private static byte[] RoleRecipe(string role, string behavior, params string[] permissions) => Encoding.UTF8.GetBytes($$"""
        { "name": "roles", "displayName": "Roller", "steps": [
          { "name": "Roles", "Roles": [ { "Name": "{{role}}", "Description": "Prøverolle", "PermissionBehavior": "{{behavior}}",
              "Permissions": [ {{string.Join(", ", permissions.Select(p => $"\"{p}\""))}} ] } ] } ] }
        """);

    [Fact]
    public async Task Running_the_shipped_recipe_again_changes_no_role_and_editors_still_edit_and_publish()
    {
        await Client.LoginAsAdminAsync();

        var run = await Client.PostFormAsync("/admin/recipes/run?file=ltk.recipe.json", "/admin/recipes/run", [new("file", "ltk.recipe.json")]);

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var result = WebUtility.HtmlDecode(await run.Content.ReadAsStringAsync());
        Assert.Contains("blev kørt", result, StringComparison.Ordinal);
        Assert.Contains("Rollen Administrator: 0 tilladelser ændret.", result, StringComparison.Ordinal);
        Assert.Contains("Rollen Editor: 0 tilladelser ændret.", result, StringComparison.Ordinal);
        Assert.Contains("Rollen Secretariat: 0 tilladelser ændret.", result, StringComparison.Ordinal);

        await Site.CreateUserAsync("redaktoer-" + _suffix, "Editor-password-1", CmsRoles.Editor);
        using var editor = Site.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await editor.LoginAsync("redaktoer-" + _suffix, "Editor-password-1")).StatusCode);
        var title = "Åbent rådsmøde " + _suffix;
        var created = await editor.PostFormAsync("/admin/content/new/Page", "/admin/content/new/Page",
            [new("TitlePart.Title", title), new("Page.Intro.Text", "Alle er velkomne."), new("Submit", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;

        var form = await editor.GetStringAsync(editUrl);
        var baseVersion = System.Text.RegularExpressions.Regex.Match(form, "name=\"BaseVersionId\" value=\"([^\"]+)\"").Groups[1].Value;
        var published = await editor.PostFormAsync(editUrl, editUrl,
            [new("TitlePart.Title", title), new("Page.Intro.Text", "Alle er velkomne til mødet."), new("BaseVersionId", baseVersion), new("Submit", "publish")]);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains($"'{title}' er udgivet.", WebUtility.HtmlDecode(await editor.GetStringAsync(editUrl)), StringComparison.Ordinal);

        var page = await Site.CreateClient().GetStringAsync("/aabent-raadsmoede-" + _suffix);
        Assert.Contains("Alle er velkomne til mødet.", page, StringComparison.Ordinal);

        // Media and menus are theirs too, as after first-run setup.
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/media")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/menus")).StatusCode);
    }

    [Fact]
    public async Task Add_and_Remove_change_only_the_listed_permissions()
    {
        await Client.LoginAsAdminAsync();
        var role = "Praktikant" + _suffix;

        var created = WebUtility.HtmlDecode(await (await Client.UploadRecipeAsync(RoleRecipe(role, "Replace", "AccessAdminPanel", "PreviewContent"), "roles.recipe.json")).Content.ReadAsStringAsync());
        Assert.Contains($"Rollen {role} blev oprettet med 2 tilladelser.", created, StringComparison.Ordinal);

        var added = WebUtility.HtmlDecode(await (await Client.UploadRecipeAsync(RoleRecipe(role, "Add", "ManageMedia", "PreviewContent"), "roles.recipe.json")).Content.ReadAsStringAsync());
        Assert.Contains($"Rollen {role}: 1 tilladelser ændret (1 tilføjet, 0 fjernet).", added, StringComparison.Ordinal);
        Assert.Equal(["AccessAdminPanel", "ManageMedia", "PreviewContent"], await PermissionsOfAsync(role));

        var removed = WebUtility.HtmlDecode(await (await Client.UploadRecipeAsync(RoleRecipe(role, "Remove", "PreviewContent", "ManageMenus"), "roles.recipe.json")).Content.ReadAsStringAsync());
        Assert.Contains($"Rollen {role}: 1 tilladelser ændret (0 tilføjet, 1 fjernet).", removed, StringComparison.Ordinal);
        Assert.Equal(["AccessAdminPanel", "ManageMedia"], await PermissionsOfAsync(role));

        var replaced = WebUtility.HtmlDecode(await (await Client.UploadRecipeAsync(RoleRecipe(role, "replace", "ManageMedia"), "roles.recipe.json")).Content.ReadAsStringAsync());
        Assert.Contains($"Rollen {role}: 1 tilladelser ændret (0 tilføjet, 1 fjernet).", replaced, StringComparison.Ordinal);
        Assert.Equal(["ManageMedia"], await PermissionsOfAsync(role));
    }

    [Fact]
    public async Task An_unknown_PermissionBehavior_is_a_recipe_error_that_changes_nothing()
    {
        await Client.LoginAsAdminAsync();
        var role = "Gaest" + _suffix;

        var html = WebUtility.HtmlDecode(await (await Client.UploadRecipeAsync(RoleRecipe(role, "Merge", "AccessAdminPanel"), "roles.recipe.json")).Content.ReadAsStringAsync());

        Assert.Contains("Trin 1 'Roles' fejlede", html, StringComparison.Ordinal);
        Assert.Contains($"Role '{role}': PermissionBehavior 'Merge' is not known. Use Replace (the listed permissions become the role's), Add or Remove.", html, StringComparison.Ordinal);
        Assert.Null(await Site.WithScopeAsync(s => s.GetRequiredService<RoleManager<CmsRole>>().FindByNameAsync(role)));
        Site.Logs.ExpectContaining("failed at step Roles");
    }

    private Task<List<string>> PermissionsOfAsync(string roleName) =>
        Site.WithScopeAsync(async s =>
        {
            var roles = s.GetRequiredService<RoleManager<CmsRole>>();
            var role = await roles.FindByNameAsync(roleName);
            return (await roles.GetClaimsAsync(role!)).Where(c => c.Type == Permission.ClaimType).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        });
}
