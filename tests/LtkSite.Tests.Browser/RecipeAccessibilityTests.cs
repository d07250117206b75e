using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>WCAG 2.1 AA through axe-core on the recipe pages, with and without errors, driven as an administrator would.</summary>
public sealed class RecipeAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private async Task<IPage> SignedInPageAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Brugernavn").FillAsync("admin");
        await page.GetByLabel("Adgangskode").FillAsync(LtkSite.Testing.SiteFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        return page;
    }

    [Fact]
    public async Task Recipe_list_upload_errors_and_result_have_no_axe_violations()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/admin/recipes");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Opskrifter", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);

        // Submitting without a file: the summary links to the file field.
        await page.Locator("#RecipeFile").EvaluateAsync("e => e.removeAttribute('required')");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload og kør" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Vælg en opskriftsfil", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);

        await page.Locator("#RecipeFile").SetInputFilesAsync(new FilePayload
        {
            Name = "notice.recipe.json",
            MimeType = "application/json",
            Buffer = System.Text.Encoding.UTF8.GetBytes("""
                { "name": "notice", "displayName": "Notice", "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "BrowserNotice",
                  "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] } ] }
                """),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload og kør" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Opskriften Notice blev kørt", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/recipes/run?file=ltk.recipe.json");
        await Axe.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Export_form_with_and_without_errors_has_no_axe_violations()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/admin/recipes/export");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Eksport", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Hent opskrift" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Vælg mindst én indholdstype", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
