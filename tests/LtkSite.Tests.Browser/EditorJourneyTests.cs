using System.Text.RegularExpressions;
using LtkSite.Testing;
using Microsoft.Playwright;
using SkiaSharp;

namespace LtkSite.Tests.Browser;

/// <summary>
/// Issue 4, point 7: an editor (not the administrator) uploads an image, writes and publishes a page with
/// it, links the page from the Danish main menu and publishes the menu; an anonymous visitor, who was
/// served the cached home page before, then finds the page through the menu and sees its text and image.
/// </summary>
public sealed partial class EditorJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private const string EditorName = "redaktoer";
    private const string EditorPassword = "Redaktoer-Kode-2026!";
    private const string DanishMainMenu = "ltkmenumainda0000000000000";

    [Fact]
    public async Task Editor_uploads_writes_publishes_and_links_a_page_that_a_visitor_then_finds_through_the_menu()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var folder = "rejse-" + suffix;
        var title = "Sommerfest i Sorgenfri " + suffix;
        const string body = "Alle er velkomne til fællesspisning i parken.";
        const string altText = "Telte og borde i parken ved Sorgenfri";

        // The visitor sees the home page first, so it is in the output cache before anything changes.
        var visitor = await fixture.NewPageAsync();
        Assert.Equal(200, (await visitor.GotoAsync("/"))!.Status);
        await Assertions.Expect(visitor.Locator("nav.site-menu").GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);
        var cachedAgain = await visitor.GotoAsync("/");
        Assert.NotNull(await cachedAgain!.HeaderValueAsync("age"));

        await fixture.Site.CreateUserAsync(EditorName, EditorPassword, "Editor");
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Brugernavn").FillAsync(EditorName);
        await page.GetByLabel("Adgangskode").FillAsync(EditorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");

        // A folder in the media library, and a real PNG in it.
        await page.GotoAsync("/admin/media");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Mappenavn").FillAsync(folder);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret mappe" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/media?folder={folder}**");
        await page.GetByLabel("Fil", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "Sommerfest.png", MimeType = "image/png", Buffer = TestImages.Png(SKColors.CornflowerBlue) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Filen sommerfest.png blev uploadet.", new() { UseInnerText = true });
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "sommerfest.png" })).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsAsync(page);

        // A new page with title, body and the image, first without alternative text.
        await page.GotoAsync("/admin/content");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny Side", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/content/new/Page");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Brødtekst").FillAsync(body);
        var image = $"{folder}/sommerfest.png";
        await page.GetByRole(AriaRole.Group, new() { Name = "Billede", Exact = true }).GetByLabel(image, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Udgiv", Exact = true }).ClickAsync();

        // Refused: the message sits at the alternative text, and what was typed is still there.
        var alt = page.GetByLabel($"Alternativ tekst til {image}", new() { Exact = true });
        var altMissing = $"Beskriv billedet {image} for dem, der ikke kan se det (alternativ tekst).";
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync(altMissing, new() { UseInnerText = true });
        var altGroup = page.Locator(".form-group.form-error").Filter(new() { Has = alt });
        await Assertions.Expect(altGroup.Locator(".form-error-message")).ToHaveTextAsync(altMissing, new() { UseInnerText = true });
        var errorId = await altGroup.Locator(".form-error-message").GetAttributeAsync("id");
        await Assertions.Expect(alt).ToHaveAttributeAsync("aria-describedby", new Regex($"(^| ){Regex.Escape(errorId!)}( |$)"));
        await Assertions.Expect(page.GetByLabel("Titel", new() { Exact = true })).ToHaveValueAsync(title);
        await Assertions.Expect(page.GetByLabel("Brødtekst")).ToHaveValueAsync(body);
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Billede", Exact = true }).GetByLabel(image, new() { Exact = true })).ToBeCheckedAsync();
        await Axe.AssertNoViolationsAsync(page);

        await alt.FillAsync(altText);
        await page.GetByRole(AriaRole.Button, new() { Name = "Udgiv", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(EditUrl());
        await Assertions.Expect(page.Locator(".error-summary")).ToHaveCountAsync(0);
        await Assertions.Expect(alt).ToHaveValueAsync(altText);
        await Axe.AssertNoViolationsAsync(page);

        // The Danish main menu gets a link to the page, and the menu is published.
        await page.GotoAsync("/admin/menus");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hovedmenu" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/menus/{DanishMainMenu}**");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Søg efter sider på titel").FillAsync(suffix);
        await page.GetByRole(AriaRole.Button, new() { Name = "Søg", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Side" }).GetByLabel(title).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj link til side" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("blev tilføjet", new() { UseInnerText = true });
        await Assertions.Expect(page.Locator("ol.menu-tree").First).ToContainTextAsync(title, new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Udgiv menu" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Menuen er udgivet, som den ses herunder.", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();

        // A new visitor without cookies: the home page's menu has the page, which shows its text and image.
        await visitor.Context.CloseAsync();
        visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync("/");
        var menuLink = visitor.Locator("nav.site-menu").GetByRole(AriaRole.Link, new() { Name = title });
        await Assertions.Expect(menuLink).ToHaveCountAsync(1);
        await menuLink.ClickAsync();
        await visitor.WaitForURLAsync(new Regex("/sommerfest-i-sorgenfri-" + suffix + "$"));
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title, new() { UseInnerText = true });
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync(body, new() { UseInnerText = true });
        var picture = visitor.GetByRole(AriaRole.Img, new() { Name = altText });
        await Assertions.Expect(picture).ToHaveAttributeAsync("alt", altText);
        await picture.ScrollIntoViewIfNeededAsync();
        await visitor.WaitForFunctionAsync("alt => [...document.images].some(i => i.alt === alt && i.complete && i.naturalWidth > 0)", altText);
        Assert.True(await picture.EvaluateAsync<int>("i => i.naturalWidth") > 0);
        await visitor.Context.CloseAsync();
    }

    [GeneratedRegex("/admin/content/[0-9a-z]+/edit$")]
    private static partial Regex EditUrl();

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
