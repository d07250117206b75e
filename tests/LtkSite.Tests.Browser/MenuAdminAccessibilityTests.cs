using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>WCAG 2.1 AA through axe-core on the menu editor (list, tree, errors, item page) and on a public page with the menu and breadcrumb.</summary>
public sealed class MenuAdminAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private const string EnglishMenu = "ltkmenumainen0000000000000";

    [Fact]
    public async Task Menu_list_editor_errors_and_item_page_have_no_axe_violations()
    {
        var page = await fixture.AdminPageAsync();
        await page.GotoAsync("/admin/menus");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Menuer", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Main menu" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Menu: Main menu", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);

        // A bad address: the summary links to the field, and the text stays.
        await page.GetByLabel("Tekst i menuen").Last.FillAsync("Kommunen");
        await page.GetByLabel("Adresse", new() { Exact = true }).FillAsync("www.ltk.dk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj link", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Adressen skal være en sti på sitet", new() { UseInnerText = true });
        await Assertions.Expect(page.GetByLabel("Tekst i menuen").Last).ToHaveValueAsync("Kommunen");
        await Axe.AssertNoViolationsAsync(page);

        // The search box narrows the pages a link can point at.
        await page.GetByLabel("Søg efter sider på titel").FillAsync("prize");
        await page.GetByRole(AriaRole.Button, new() { Name = "Søg", Exact = true }).ClickAsync();
        await page.GetByLabel("The Integration Prize").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj link til side" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("blev tilføjet", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);

        await page.Locator("[data-menu-item=ltkmenuitemenmembers000000] a.button").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Rediger menupunkt: Members", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Tekst i menuen").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem menupunkt" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Skriv menupunktets tekst.", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Public_page_with_menu_and_breadcrumb_has_no_axe_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/lykkens-gave");
        await Assertions.Expect(page.Locator(".breadcrumb [aria-current]")).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(page.Locator("nav.site-menu a[aria-current=page]")).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
