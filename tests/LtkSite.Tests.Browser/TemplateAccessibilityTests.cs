using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>WCAG 2.1 AA through axe-core on the templates admin: the list, the editor, and the editor with a refused template.</summary>
public sealed class TemplateAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task Template_list_editor_and_syntax_error_have_no_axe_violations()
    {
        var page = await fixture.AdminPageAsync();
        await page.GotoAsync("/admin/templates");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Skabeloner", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Rediger Content-Page", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Skabelon Content-Page", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Liquid-skabelon").FillAsync("<p>\n{% if Model.Title %}never closed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Skabelonen har en fejl i linje", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/templates/create");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Giv skabelonen et navn", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
