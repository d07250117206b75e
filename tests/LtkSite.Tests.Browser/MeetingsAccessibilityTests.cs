using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>WCAG 2.1 AA through axe-core on the meetings admin (list and plan, a meeting, its edit form, the queue) and the public calendar in both languages.</summary>
public sealed class MeetingsAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task The_meetings_admin_pages_with_and_without_errors_have_no_axe_violations()
    {
        var page = await fixture.AdminPageAsync();
        await page.GotoAsync("/admin/meetings?year=2027");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Møder 2027");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "04.03.2027", Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Dato", new() { Exact = true }).FillAsync("31.02.2027");
        await page.GetByLabel("Tidspunkt").FillAsync("17.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planlæg mødet" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Skriv mødets dato som dag.måned.år, fx 04.03.2027.");
        await Assertions.Expect(page.GetByLabel("Dato", new() { Exact = true })).ToHaveValueAsync("31.02.2027");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "04.03.2027", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Møde 04.03.2027");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Aflys mødet" }).ClickAsync();
        await Assertions.Expect(page.Locator("#CancelReason-error")).ToContainTextAsync("Skriv, hvorfor mødet aflyses");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Ret dato, tid, sted eller frister" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ret mødet den 04.03.2027");
        await Assertions.Expect(page.GetByLabel("Tidspunkt")).ToHaveValueAsync("17.00");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/meetings/queue");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Punkter, der venter på et møde");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rådets møder" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_public_calendar_in_Danish_and_English_has_no_axe_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/moeder");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Rådets møder");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Føj møderne til din kalender (iCalendar)" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/en/meetings");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("The council's meetings");
        await Assertions.Expect(page.GetByText("Thursday 4 March 2027")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
