using System.Text;
using Cms.Core.Data;
using Cms.Forms.Data;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>
/// A citizen fills in a two-step public form in a real browser without any script of ours: a mistake, the error
/// summary whose link takes the focus to the field, the fix, the check-your-answers page with its change buttons, and
/// the receipt; axe finds nothing on any of those pages.
/// </summary>
public sealed class PublicFormJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task A_citizen_corrects_a_mistake_checks_the_answers_and_sends_the_form_with_no_axe_violations_on_the_way()
    {
        await FormTestTypes.EnsureAsync(fixture.Site);
        fixture.Site.Logs.Expect(e => e.Message.Contains("a public form never asks for a CPR number", StringComparison.Ordinal));
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/" + FormTestTypes.Path);
        await Assertions.Expect(page.GetByText("Trin 1 af 3")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ansøger", Level = 2 })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "the first step");

        await page.GetByLabel("Navn").FillAsync("Fatima Hassan");
        await page.GetByLabel("E-mail").FillAsync("fatima.example.dk");
        await page.GetByLabel("Forening").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Der er et problem");
        var link = summary.GetByRole(AriaRole.Link, new() { Name = "E-mail skal være en e-mailadresse, fx navn@eksempel.dk." });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".form-error-message")).ToContainTextAsync("E-mail skal være en e-mailadresse");
        await Assertions.Expect(page.GetByLabel("Navn")).ToHaveValueAsync("Fatima Hassan");
        await Assertions.Expect(page.GetByLabel("Forening")).ToBeCheckedAsync();
        await Axe.AssertNoViolationsAsync(page, "the error state");

        await link.ClickAsync();
        await Assertions.Expect(page.GetByLabel("E-mail")).ToBeFocusedAsync();
        await page.GetByLabel("E-mail").FillAsync("fatima@example.dk");
        await page.GetByLabel("E-mail").PressAsync("Enter");

        await Assertions.Expect(page.GetByText("Trin 2 af 3")).ToBeVisibleAsync();
        await page.GetByLabel("Beskrivelse af projektet").FillAsync("Fællesspisning for nye borgere");
        await page.GetByLabel("Ansøgt beløb").FillAsync("12.500");
        await page.GetByLabel("Projektet starter").FillAsync("01.03.2027");
        await page.GetByLabel("Budget").SetInputFilesAsync(new FilePayload { Name = "budget.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n") });
        await page.GetByLabel("Jeg accepterer").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tjek dine svar", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Trin 3 af 3")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".summary-answers")).ToContainTextAsync(["Fatima Hassan", "12.500 kr."]);
        await Axe.AssertNoViolationsAsync(page, "the summary");

        // "Ret" goes back to the answer's step and the form comes back to the summary with the same answers.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ret E-mail" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("E-mail")).ToHaveValueAsync("fatima@example.dk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Modtaget: budget.pdf.", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Send ansøgning" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vi har modtaget din ansøgning" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".form-reference")).ToContainTextAsync(FormTestTypes.Prefix + "-");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/kvittering/[A-Za-z0-9_-]{43}$"));
        await Axe.AssertNoViolationsAsync(page, "the receipt");

        // The secretariat opens the submission in the admin and downloads the file sent with it.
        var reference = (await page.Locator(".form-reference strong").TextContentAsync())!;
        var id = await fixture.Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<FormSubmissionRecord>()
            .Where(r => r.Reference == reference).Select(r => r.ContentItemId).SingleAsync());
        var admin = await fixture.AdminPageAsync();
        await admin.GotoAsync($"/admin/content/{id}/edit");
        var fileLink = admin.GetByRole(AriaRole.Link, new() { Name = "Hent budget.pdf" });
        await Assertions.Expect(fileLink).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(admin, "the submission's admin page");
        var download = await admin.RunAndWaitForDownloadAsync(() => fileLink.ClickAsync());
        Assert.Equal("budget.pdf", download.SuggestedFilename);
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
