using System.Net;
using System.Text;
using LtkSite.Testing;

namespace LtkSite.Tests.Integration;

public sealed class SiteTimeZoneTests_Sqlite(SqliteSiteFixture fixture) : SiteTimeZoneTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class SiteTimeZoneTests_Postgres(PostgresSiteFixture fixture) : SiteTimeZoneTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>Times follow the site's TimeZoneId setting (a site of its own: the test changes the zone).</summary>
public abstract class SiteTimeZoneTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    private static byte[] SettingsRecipe(string timeZoneId) => Encoding.UTF8.GetBytes($$"""
        { "name": "zone", "displayName": "Tidszone", "steps": [ { "name": "Settings", "TimeZoneId": "{{timeZoneId}}" } ] }
        """);

    [Fact]
    public async Task Times_are_shown_in_the_time_zone_the_Settings_step_sets()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var created = await Client.PostFormAsync("/admin/content/new/Article", "/admin/content/new/Article",
        [
            new("TitlePart.Title", "Sommermøde i rådet"),
            new("Article.Intro.Text", "Mødet holdes udendørs."),
            new("Article.Category.Values", "news"),
            new("Article.Starts.Date", "2026-07-01"),
            new("Article.Starts.Time", "14:30"),
            new("Submit", "publish"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;
        var copenhagen = WebUtility.HtmlDecode(await Client.GetStringAsync(editUrl));
        Assert.Contains("value=\"14:30\"", copenhagen, StringComparison.Ordinal);
        Assert.Contains("Lokal tid (Europe/Copenhagen).", copenhagen, StringComparison.Ordinal);
        using var visitor = Site.CreateClient();
        Assert.Contains("01.07.2026 14:30", await visitor.GetStringAsync("/sommermoede-i-raadet"), StringComparison.Ordinal);

        var run = WebUtility.HtmlDecode(await (await Client.UploadRecipeAsync(SettingsRecipe("America/New_York"), "zone.recipe.json")).Content.ReadAsStringAsync());
        Assert.Contains("Opskriften Tidszone blev kørt", run, StringComparison.Ordinal);

        // 12:30 UTC is 08:30 in New York in July, in the editor and on the public page.
        var newYork = WebUtility.HtmlDecode(await Client.GetStringAsync(editUrl));
        Assert.Contains("value=\"08:30\"", newYork, StringComparison.Ordinal);
        Assert.Contains("Lokal tid (America/New_York).", newYork, StringComparison.Ordinal);
        Assert.Contains("01.07.2026 08:30", await visitor.GetStringAsync("/sommermoede-i-raadet"), StringComparison.Ordinal);
    }
}
