using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>
/// An editor's whole day with content in a real browser: define a type with three fields, write an
/// item, save a draft, preview it (visitors cannot), publish, edit again, compare versions and bring
/// the first back — with zero axe violations on the content list and the editor.
/// </summary>
public sealed partial class ContentEditingJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task Editor_defines_a_type_writes_previews_publishes_compares_and_restores()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page);

        // A content type with three fields.
        await page.GotoAsync("/admin/content-types/create");
        await page.Locator("#DisplayName").FillAsync("Arrangement");
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await page.WaitForURLAsync("**/admin/content-types/Arrangement");
        await AddFieldAsync(page, "Sted", "TextField");
        await AddFieldAsync(page, "Antal deltagere", "NumericField");
        await AddFieldAsync(page, "Tilmelding åben", "BooleanField");

        // A new item, saved as a draft.
        await page.GotoAsync("/admin/content/new/Arrangement");
        await Axe.AssertNoViolationsAsync(page);
        await page.Locator("input[name='TitlePart.Title']").FillAsync("Kulturfestival 2026");
        await page.GetByLabel("Sted").FillAsync("Stadsbiblioteket");
        await page.GetByLabel("Antal deltagere").FillAsync("2000");
        await page.GetByLabel("Tilmelding åben").CheckAsync();
        await page.Locator("button[name=Submit][value=draft]").ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/content/[0-9a-z]+/edit$"));
        var id = EditUrl().Match(page.Url).Groups[1].Value;
        await Assertions.Expect(page.GetByLabel("Sted")).ToHaveValueAsync("Stadsbiblioteket");
        await Axe.AssertNoViolationsAsync(page);

        // The editor previews the draft; an anonymous visitor gets 404 there and on the public path.
        var preview = await page.GotoAsync($"/preview/{id}");
        Assert.Equal(200, preview!.Status);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Stadsbiblioteket");
        var visitor = await fixture.NewPageAsync();
        Assert.Equal(404, (await visitor.GotoAsync($"/preview/{id}"))!.Status);
        Assert.Equal(404, (await visitor.GotoAsync("/kulturfestival-2026"))!.Status);

        // Publish: now the visitor sees it.
        await page.GotoAsync($"/admin/content/{id}/edit");
        await page.Locator("button[name=Submit][value=publish]").ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("'Kulturfestival 2026' er udgivet.");
        var published = await visitor.GotoAsync("/kulturfestival-2026");
        Assert.Equal(200, published!.Status);
        await Assertions.Expect(visitor.Locator("body")).ToContainTextAsync("Stadsbiblioteket");

        // Edit again and save a draft: the public page keeps the published text.
        await page.GetByLabel("Sted").FillAsync("Lyngby Stadsbibliotek, salen");
        await page.Locator("button[name=Submit][value=draft]").ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("'Kulturfestival 2026' er gemt som kladde.");
        await visitor.GotoAsync("/kulturfestival-2026");
        await Assertions.Expect(visitor.Locator("body")).ToContainTextAsync("Stadsbiblioteket");
        await Assertions.Expect(visitor.Locator("body")).Not.ToContainTextAsync("salen");

        // The history: three versions; compare the published one with the new draft.
        await page.GotoAsync($"/admin/content/{id}/versions");
        await Assertions.Expect(page.Locator("tr[data-version]")).ToHaveCountAsync(3);
        await page.Locator("tr[data-version='3'] a[href*='versions/compare']").ClickAsync();
        await page.WaitForURLAsync("**/versions/compare?**");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Stadsbiblioteket");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Lyngby Stadsbibliotek, salen");
        await Axe.AssertNoViolationsAsync(page);

        // Bring the first version back as the new draft.
        await page.GotoAsync($"/admin/content/{id}/versions");
        await page.Locator("tr[data-version='1'] form button").ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Version 1 er nu kladden (version 4).");
        await page.GotoAsync($"/admin/content/{id}/edit");
        await Assertions.Expect(page.GetByLabel("Sted")).ToHaveValueAsync("Stadsbiblioteket");
        await page.GotoAsync($"/admin/content/{id}/versions");
        await Assertions.Expect(page.Locator("tr[data-version]")).ToHaveCountAsync(4);

        // The content list shows the item, without axe violations.
        await page.GotoAsync("/admin/content");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Kulturfestival 2026");
        await Axe.AssertNoViolationsAsync(page);

        await visitor.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("Brugernavn").FillAsync("admin");
        await page.GetByLabel("Adgangskode").FillAsync(LtkSite.Testing.SiteFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
    }

    private static async Task AddFieldAsync(IPage page, string displayName, string fieldType)
    {
        await page.GotoAsync("/admin/content-types/Arrangement/fields/add");
        await page.Locator("#DisplayName").FillAsync(displayName);
        await page.Locator("#FieldType").SelectOptionAsync(fieldType);
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        // Step 2, the field type's own settings: the defaults do. (The add page's address matches "fields/**" too, so
        // wait for the settings page's own field rather than for an address.)
        await page.WaitForURLAsync(url => url.Contains("/admin/content-types/Arrangement/fields/", StringComparison.Ordinal) && !url.EndsWith("/fields/add", StringComparison.Ordinal));
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await page.WaitForURLAsync("**/admin/content-types/Arrangement");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(displayName);
    }

    [GeneratedRegex("/admin/content/([0-9a-z]+)/edit$")]
    private static partial Regex EditUrl();

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
