using System.Net;
using Cms.Contents;
using Cms.Contents.Metadata;
using Cms.Core.Data;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

/// <summary>The site with a field type that has a driver and no settings editor.</summary>
public sealed class PlainFieldSiteFixture : SiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override SiteFactory CreateSite(TestDatabase database) => new(database)
    {
        TestServices = services => services.AddContentField<PlainTestFieldDriver>(),
    };
}

/// <summary>
/// A field type without a settings editor still gets the settings every field has. Which editors exist does not
/// depend on the database, so SQLite is enough here.
/// </summary>
public sealed class FieldWithoutSettingsEditorTests(PlainFieldSiteFixture fixture) : SiteTest<PlainFieldSiteFixture>(fixture), IClassFixture<PlainFieldSiteFixture>
{
    [Fact]
    public async Task A_field_type_without_a_settings_editor_gets_display_name_hint_required_and_position()
    {
        await Client.LoginAsAdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync("/admin/content-types/create", "/admin/content-types/create", [new("DisplayName", "Plain"), new("Name", "Plain")])).StatusCode);
        var added = await Client.PostFormAsync("/admin/content-types/Plain/fields/add", "/admin/content-types/Plain/fields/add",
            [new("DisplayName", "Note"), new("TechnicalName", ""), new("FieldType", PlainTestFieldDriver.Name)]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var url = added.Headers.Location!.OriginalString;

        var page = await Client.GetStringAsync(url);
        foreach (var input in new[] { "DisplayName", "Hint", "Required", "Position" })
        {
            Assert.Contains($"id=\"{input}\"", page, StringComparison.Ordinal);
        }

        // Display name, hint and position are the only text inputs: no settings of another field type are offered.
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(page, "<input class=\"form-input"));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync(url, url, [new("DisplayName", "Notat"), new("Hint", "Kort"), new("Required", "true"), new("Position", "3")])).StatusCode);
        var field = (await Site.WithScopeAsync(s => s.GetRequiredService<ContentDefinitionManager>().GetPartAsync("Plain")))!.FindField("Note")!;
        Assert.Equal(("Notat", "Kort", 3), (field.DisplayName, field.FieldSettings.Description, field.FieldSettings.Position));
        Assert.True(field.Settings["PlainTestFieldSettings"]!["Required"]!.GetValue<bool>());
    }
}
