using LtkSite.Testing;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>
/// WCAG 2.1 AA through axe-core on the council's decision: the application page with its recommendation and payments,
/// the decision form with and without its errors, the pool ledger with its meetings, and the public list of funded
/// projects in Danish and English. The pool year 2040 is this test's own.
/// </summary>
public sealed class DecisionsAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task The_decision_form_the_ledger_and_the_public_list_have_no_axe_violations()
    {
        await DecisionCases.PoolAsync(fixture.Site, 2040, 59_800);
        var id = await DecisionCases.ApplicationAsync(fixture.Site, 2040, "Sprogcafé på Lyngby Bibliotek", 8_000, organisation: "Sprogvenner");
        var meeting = await DecisionCases.MeetingAsync(fixture.Site, new DateOnly(2040, 3, 1));
        await DecisionCases.PutOnAgendaAsync(fixture.Site, id, meeting);

        var page = await fixture.AdminPageAsync();
        await page.GotoAsync($"/admin/applications/{id}");
        await page.GetByLabel("Indstilling", new() { Exact = true }).FillAsync("Sekretariatet indstiller til bevilling af det ansøgte.");
        await page.GetByLabel("Indstillet beløb (kr.)").FillAsync("8.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem indstillingen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Indstillingen er gemt.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Indstillet beløb (kr.)")).ToHaveValueAsync("8000");
        await Axe.AssertNoViolationsAsync(page, "application page with the decision block");

        await page.GetByRole(AriaRole.Link, new() { Name = "Registrér afgørelsen" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Afgørelse: Sprogcafé på Lyngby Bibliotek");
        await Axe.AssertNoViolationsAsync(page, "decision form");

        await page.GetByLabel("Afslag").CheckAsync();
        await page.GetByLabel("Yderligere tekst til afgørelsen").FillAsync("Drøftet på mødet.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem afgørelsen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#MainConsiderations-error")).ToHaveTextAsync("Skriv de hovedhensyn, afgørelsen bygger på.");
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Sæt kryds ved de kriterier, ansøgningen ikke opfylder");
        await Assertions.Expect(page.GetByLabel("Yderligere tekst til afgørelsen")).ToHaveValueAsync("Drøftet på mødet.");
        await Axe.AssertNoViolationsAsync(page, "decision form with errors");

        await page.GetByLabel("Bevilget", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Vis på listen over støttede projekter").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem afgørelsen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Afgørelsen er gemt: Bevilget 8.000 kr.")).ToBeVisibleAsync();

        await page.GotoAsync("/admin/pool?year=2040");
        await Assertions.Expect(page.Locator("#pool-granted")).ToHaveTextAsync("8.000 kr.");
        await Assertions.Expect(page.Locator($"#pool-meeting-{meeting} .pool-if-approved")).ToHaveTextAsync("51.800 kr.");
        await Axe.AssertNoViolationsAsync(page, "pool ledger with its meetings");

        await DecisionCases.ConcludeAsync(fixture.Site, meeting);
        await page.GotoAsync($"/admin/applications/{id}");
        await page.GetByLabel("Udbetalt beløb (kr.)").FillAsync("9.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrér udbetalingen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#PaymentAmount-error")).ToContainTextAsync("Der er kun 8.000 kr. af bevillingen på 8.000 kr. tilbage");
        await Assertions.Expect(page.GetByLabel("Udbetalt beløb (kr.)")).ToHaveValueAsync("9.000");
        await Axe.AssertNoViolationsAsync(page, "payment with an error");

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync("/stoettede-projekter/2040");
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("Støttede projekter 2040");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sprogvenner" })).ToContainTextAsync("8.000 kr.");
        await Axe.AssertNoViolationsAsync(visitor, "funded projects in Danish");

        await visitor.GotoAsync("/en/funded-projects/2040");
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("Funded projects 2040");
        await Axe.AssertNoViolationsAsync(visitor, "funded projects in English");
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
