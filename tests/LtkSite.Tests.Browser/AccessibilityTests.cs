using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>WCAG 2.1 AA through axe-core on the pages a visitor or editor meets first.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Theory]
    [InlineData("/", "Integrationsrådet")]
    [InlineData("/login", "Log ind")]
    public async Task Page_has_no_axe_violations(string path, string heading)
    {
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);

        await Axe.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Login_page_with_errors_has_no_axe_violations_and_focusable_error_links()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();

        await Assertions.Expect(page.Locator(".error-summary li")).ToHaveCountAsync(2);
        await page.Locator(".error-summary a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#UserName")).ToBeFocusedAsync();

        await Axe.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_signs_in_in_the_browser_and_reaches_the_dashboard_without_axe_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/admin");
        Assert.EndsWith("/login?ReturnUrl=%2Fadmin", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("Brugernavn").FillAsync("admin");
        await page.GetByLabel("Adgangskode").FillAsync(LtkSite.Testing.SiteFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();

        await page.WaitForURLAsync("**/admin");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Velkommen til administrationen");
        await Axe.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
