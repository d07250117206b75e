using System.Text;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>
/// A citizen applies for a grant from the setup recipe's form in a real browser: the budget's lines added and
/// removed by their buttons, a mistake at a line, the early-start warning on "Tjek dine svar", an attachment, and
/// the receipt with the lines; axe finds nothing on the budget step in its error state.
/// </summary>
public sealed class GrantFormJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task A_citizen_fills_the_budget_fixes_a_line_sees_the_warning_attaches_a_pdf_and_sends_the_application()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/ansoeg-om-stoette");
        await Assertions.Expect(page.GetByText("Trin 1 af 5")).ToBeVisibleAsync();
        await page.GetByLabel("Forening", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Navn", new() { Exact = false }).First.FillAsync("Amina Hassan");
        await page.GetByLabel("Adresse").FillAsync("Lyngby Hovedgade 1, 2800 Kongens Lyngby");
        await page.GetByLabel("E-mail").FillAsync("amina@example.org");
        await page.GetByLabel("Dansk").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Trin 2 af 5")).ToBeVisibleAsync();
        await page.GetByLabel("Projektets titel").FillAsync("Fællesspisning i Lundtofte");
        await page.GetByLabel("Projektbeskrivelse").FillAsync("Vi laver mad sammen en gang om måneden.");
        await page.GetByLabel("Målgruppe").FillAsync("Nye og gamle borgere i Lundtofte");
        await page.GetByLabel("Hvor mange får gavn af projektet?").FillAsync("40");
        await page.GetByLabel("Projektleder").FillAsync("Amina Hassan");
        await page.GetByLabel("Hvordan er projektet fællesskabsorienteret?").FillAsync("Alle spiser sammen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Trin 3 af 5")).ToBeVisibleAsync();
        await page.GetByLabel("Startdato eller dato").FillAsync("01.02.2027");
        await page.GetByLabel("Budgetlinje 1: hvad til").FillAsync("Leje af lokale");
        await page.GetByLabel("Budgetlinje 1: beløb i kroner").FillAsync("2.500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj linje til budgettet" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Budgetlinje 1: hvad til")).ToHaveValueAsync("Leje af lokale");
        await page.GetByLabel("Budgetlinje 2: hvad til").FillAsync("Mad og drikke");
        await page.GetByLabel("Budgetlinje 2: beløb i kroner").FillAsync("ti tusind");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj linje til budgettet" }).ClickAsync();
        await page.GetByLabel("Budgetlinje 3: hvad til").FillAsync("Plakater");
        await page.GetByLabel("Budgetlinje 3: beløb i kroner").FillAsync("750");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fjern budgetlinje 3" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Budgetlinje 3: hvad til")).ToHaveCountAsync(0);
        await page.GetByLabel("Ansøgt beløb (kr.)").FillAsync("10.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Budgetlinje 2: skriv beløbet i kroner");
        await Assertions.Expect(page.Locator("td.form-error .form-error-message")).ToContainTextAsync("Budgetlinje 2: skriv beløbet i kroner");
        await Assertions.Expect(page.GetByLabel("Budgetlinje 2: beløb i kroner")).ToHaveValueAsync("ti tusind");
        await Assertions.Expect(page.GetByLabel("Startdato eller dato")).ToHaveValueAsync("01.02.2027");
        await Axe.AssertNoViolationsAsync(page, "the budget step with an error");

        await summary.GetByRole(AriaRole.Link, new() { Name = "Budgetlinje 2: skriv beløbet i kroner, fx 2500 eller 2.500." }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Budgetlinje 2: beløb i kroner")).ToBeFocusedAsync();
        await page.GetByLabel("Budgetlinje 2: beløb i kroner").FillAsync("10.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Trin 4 af 5")).ToBeVisibleAsync();
        await page.GetByLabel("Bilag").SetInputFilesAsync(new FilePayload { Name = "projekt.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tjek dine svar", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".form-warnings")).ToContainTextAsync("Projektet starter den 01.02.2027, før Integrationsrådets møde den 04.03.2027");
        await Assertions.Expect(page.Locator(".summary-answers")).ToContainTextAsync(["Samlet budget: 12.500 kr.", "projekt.pdf"]);
        await Axe.AssertNoViolationsAsync(page, "the summary with a warning");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send ansøgning" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tak for din ansøgning" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".summary-answers").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Leje af lokale: 2.500 kr.");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Mad og drikke: 10.000 kr.");
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
