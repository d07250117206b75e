using System.Net;
using System.Text.Json.Nodes;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class FieldDisplaySettingsTests_Sqlite(SqliteSiteFixture fixture) : FieldDisplaySettingsTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class FieldDisplaySettingsTests_Postgres(PostgresSiteFixture fixture) : FieldDisplaySettingsTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>How numbers and part labels read in the editor: years without a thousands separator, a type's own name for its title.</summary>
public abstract class FieldDisplaySettingsTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task Seeded_years_read_2018_and_a_council_members_title_is_labelled_Navn()
    {
        await Client.LoginAsAdminAsync();
        var term = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/content/ltkterm2018202100000000000/edit"));
        Assert.Contains("value=\"2018\"", term, StringComparison.Ordinal);
        Assert.Contains("value=\"2021\"", term, StringComparison.Ordinal);
        Assert.DoesNotContain("2.018", term, StringComparison.Ordinal);

        var member = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/content/new/CouncilMember"));
        Assert.Contains("<label class=\"form-label\" for=\"TitlePart.Title\">Navn</label>", member, StringComparison.Ordinal);

        // Types that do not name their title keep the usual label.
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/content/new/Page"));
        Assert.Contains("<label class=\"form-label\" for=\"TitlePart.Title\">Titel</label>", page, StringComparison.Ordinal);

        var field = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/content-types/CouncilTerm/fields/StartYear"));
        Assert.Contains("id=\"ThousandsSeparator\" name=\"ThousandsSeparator\" value=\"true\" >", field, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_thousands_separator_is_switched_off_in_the_field_settings()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var id = await Site.WithScopeAsync(async services =>
        {
            var manager = services.GetRequiredService<ContentManager>();
            var item = await manager.NewAsync("Article");
            item.Part(PartNames.Title)["Title"] = "Tal " + Guid.NewGuid().ToString("N")[..6];
            item.Part("Article")["Intro"] = new JsonObject { ["Text"] = "Intro" };
            item.Part("Article")["Quantity"] = new JsonObject { ["Value"] = 12345 };
            return (await manager.CreateAsync(item, publish: false)).ContentItemId;
        });
        Assert.Contains("value=\"12.345\"", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content/{id}/edit")), StringComparison.Ordinal);
        Assert.Contains("id=\"ThousandsSeparator\" name=\"ThousandsSeparator\" value=\"true\" checked>",
            await Client.GetStringAsync("/admin/content-types/Article/fields/Quantity"), StringComparison.Ordinal);

        var saved = await Client.PostFormAsync("/admin/content-types/Article/fields/Quantity", "/admin/content-types/Article/fields/Quantity",
            [new("DisplayName", "Antal"), new("Position", "4"), new("Scale", "0"), new("ThousandsSeparator", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"12345\"", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content/{id}/edit")), StringComparison.Ordinal);
        Assert.Contains("id=\"ThousandsSeparator\" name=\"ThousandsSeparator\" value=\"true\" >",
            await Client.GetStringAsync("/admin/content-types/Article/fields/Quantity"), StringComparison.Ordinal);

        var restored = await Client.PostFormAsync("/admin/content-types/Article/fields/Quantity", "/admin/content-types/Article/fields/Quantity",
            [new("DisplayName", "Antal"), new("Position", "4"), new("Scale", "0"), new("ThousandsSeparator", "true"), new("ThousandsSeparator", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("value=\"12.345\"", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content/{id}/edit")), StringComparison.Ordinal);
    }
}
