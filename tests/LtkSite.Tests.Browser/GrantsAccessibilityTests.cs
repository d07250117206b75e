using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>WCAG 2.1 AA through axe-core on the grant pool, the meeting schedule settings and the application editor, with and without errors.</summary>
public sealed class GrantsAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task The_pool_page_with_and_without_errors_has_no_axe_violations()
    {
        var page = await fixture.AdminPageAsync();
        await page.GotoAsync("/admin/pool?year=2027");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Puljen 2027");
        await Assertions.Expect(page.Locator("#pool-indexed")).ToHaveTextAsync("59.800 kr.");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Indeksfaktor (valgfri)").FillAsync("ti");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem puljen" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Skriv indeksfaktoren som et tal mellem 0,5 og 5");
        await Assertions.Expect(page.GetByLabel("Indeksfaktor (valgfri)")).ToHaveValueAsync("ti");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Puljen 2026" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_meeting_schedule_settings_with_and_without_errors_have_no_axe_violations()
    {
        var page = await fixture.AdminPageAsync();
        await page.GotoAsync("/admin/settings/MeetingScheduleSettings");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Mødeplan");
        await Assertions.Expect(page.GetByLabel("Frist for sager (dage før mødet)")).ToHaveValueAsync("14");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Frist for sager (dage før mødet)").FillAsync("fjorten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#ItemDeadlineDays-error")).ToContainTextAsync("Skriv fristen som et antal dage fra 0 til 90, fx 14.");
        await Assertions.Expect(page.GetByLabel("Frist for sager (dage før mødet)")).ToHaveValueAsync("fjorten");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_application_editor_with_its_budget_and_screening_has_no_axe_violations()
    {
        var page = await fixture.AdminPageAsync();
        await page.GotoAsync("/admin/content/new/GrantApplication");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Budget" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Budgetlinje 1: hvad til").FillAsync("Leje af fælleshus");
        await page.GetByLabel("Budgetlinje 1: beløb i kroner").FillAsync("6.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj en budgetlinje" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Budgetlinje 3: hvad til")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Budgetlinje 1: hvad til")).ToHaveValueAsync("Leje af fælleshus");
        await Assertions.Expect(page.GetByText("Samlet budget: 6.000 kr.")).ToBeVisibleAsync();

        await page.GetByLabel("Ansøgt beløb (kr.)").FillAsync("9000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Udgiv" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Det ansøgte beløb (9.000 kr.) er større end projektets samlede budget (6.000 kr.).");
        await Axe.AssertNoViolationsAsync(page);
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
