using System.Net;
using System.Text;
using Cms.Core.Settings;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class SiteSettingsAdminTests_Sqlite(SqliteSiteFixture fixture) : SiteSettingsAdminTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class SiteSettingsAdminTests_Postgres(PostgresSiteFixture fixture) : SiteSettingsAdminTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>
/// <c>/admin/settings</c> and the sections modules keep in the site settings (a site of its own: the tests rename it).
/// </summary>
public abstract class SiteSettingsAdminTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task An_administrator_renames_the_site_and_a_mistake_comes_back_with_what_was_typed()
    {
        await Client.LoginAsAdminAsync();
        var overview = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/settings"));
        Assert.Contains("href=\"/admin/settings/General\">Generelt</a>", overview, StringComparison.Ordinal);

        var wrong = await Client.PostFormAsync("/admin/settings/General", "/admin/settings/General",
            [new("SiteName", "  "), new("TimeZoneId", "Mars/Olympus_Mons")]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var errorPage = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        // The summary links to the field, and the field repeats the message.
        Assert.Contains("<a href=\"#SiteName\">Skriv sitets navn.</a>", errorPage, StringComparison.Ordinal);
        Assert.Contains("id=\"SiteName-error\">Skriv sitets navn.", errorPage, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#TimeZoneId\">Skriv en tidszone som Europe/Copenhagen.</a>", errorPage, StringComparison.Ordinal);
        Assert.Contains("value=\"Mars/Olympus_Mons\"", errorPage, StringComparison.Ordinal);

        using var visitor = Site.CreateClient();
        Assert.Contains("Integrationsrådet", WebUtility.HtmlDecode(await visitor.GetStringAsync("/")), StringComparison.Ordinal);

        var saved = await Client.PostFormAsync("/admin/settings/General", "/admin/settings/General",
            [new("SiteName", " Lyngby-Taarbæks Integrationsråd "), new("TimeZoneId", "Europe/Copenhagen")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = WebUtility.HtmlDecode(await Client.GetStringAsync(saved.Headers.Location!.OriginalString));
        Assert.Contains("Indstillingerne \"Generelt\" er gemt.", after, StringComparison.Ordinal);
        Assert.Contains("value=\"Lyngby-Taarbæks Integrationsråd\"", after, StringComparison.Ordinal);

        // The public site follows at once (cached settings and pages), and the audit trail says who changed what.
        Assert.Contains("Lyngby-Taarbæks Integrationsråd", WebUtility.HtmlDecode(await visitor.GetStringAsync("/")), StringComparison.Ordinal);
        var audit = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/audit?category=Settings"));
        Assert.Contains("Lyngby-Taarbæks Integrationsråd", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipe_keeps_a_modules_settings_section_and_a_later_recipe_leaves_it_alone()
    {
        await Client.LoginAsAdminAsync();
        var recipe = Encoding.UTF8.GetBytes("""
            { "name": "section", "displayName": "Afsnit", "steps": [ { "name": "Settings",
              "TestScheduleSettings": { "Dates": ["2027-03-04", "2027-06-10"], "DeadlineDays": "14" } } ] }
            """);
        var run = WebUtility.HtmlDecode(await (await Client.UploadRecipeAsync(recipe, "section.recipe.json")).Content.ReadAsStringAsync());
        Assert.Contains("Opskriften Afsnit blev kørt", run, StringComparison.Ordinal);

        var other = Encoding.UTF8.GetBytes("""{ "name": "zone", "displayName": "Tidszone", "steps": [ { "name": "Settings", "TimeZoneId": "Europe/Copenhagen" } ] }""");
        Assert.Contains("blev kørt", await (await Client.UploadRecipeAsync(other, "zone.recipe.json")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var section = await Site.WithScopeAsync(services => services.GetRequiredService<SiteSettingsService>().GetSectionAsync<TestScheduleSettings>());
        Assert.Equal([new DateOnly(2027, 3, 4), new DateOnly(2027, 6, 10)], section.Dates);
        Assert.Equal(14, section.DeadlineDays);
    }
}
