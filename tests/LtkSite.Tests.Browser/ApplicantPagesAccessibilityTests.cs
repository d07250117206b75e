using LtkSite.Testing;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>WCAG 2.1 AA through axe-core on the contact form (with and without errors), its receipt, a grant application's status page and the submissions in the admin.</summary>
public sealed class ApplicantPagesAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task The_contact_form_its_error_state_and_its_receipt_have_no_axe_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/kontakt");
        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv til Integrationsrådets sekretariat" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Skriv til Integrationsrådets sekretariat");
        await Axe.AssertNoViolationsAsync(page, "the contact form");

        await page.GetByLabel("Navn").FillAsync("Fatima Hassan");
        await page.GetByLabel("E-mail").FillAsync("fatima@example.dk");
        await page.GetByLabel("Emne").FillAsync("Kulturfestivalen");
        await page.GetByLabel("Besked").FillAsync("Kan vores forening få en stand på Kulturfestivalen?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Sæt kryds: Sekretariatet må kontakte mig om min henvendelse.");
        await Assertions.Expect(page.GetByLabel("Besked")).ToHaveValueAsync("Kan vores forening få en stand på Kulturfestivalen?");
        await Axe.AssertNoViolationsAsync(page, "the contact form with an error");

        await page.GetByLabel("Sekretariatet må kontakte mig om min henvendelse").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send besked" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tak for din henvendelse" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".form-reference")).ToContainTextAsync("KON-");
        await Axe.AssertNoViolationsAsync(page, "the contact form's receipt");
    }

    [Fact]
    public async Task A_grant_applications_status_page_has_no_axe_violations()
    {
        var (_, url) = await fixture.Site.SubmitGrantApplicationAsync("Fællesspisning");

        var page = await fixture.NewPageAsync();
        await page.GotoAsync(url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Status for din ansøgning" })).ToBeVisibleAsync();
        // The shipped screening workflow has taken the application into screening the moment it was sent.
        await Assertions.Expect(page.Locator(".form-progress [aria-current=step]")).ToContainTextAsync("Under gennemgang");
        await Axe.AssertNoViolationsAsync(page, "the status page");
    }

    [Fact]
    public async Task The_submissions_list_its_detail_and_the_forms_settings_have_no_axe_violations()
    {
        var page = await fixture.AdminPageAsync();
        await page.GotoAsync("/admin/forms/submissions");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Indsendte formularer");
        await Axe.AssertNoViolationsAsync(page, "the submissions list");

        var (id, _) = await fixture.Site.SubmitGrantApplicationAsync("Fællesspisning");
        await page.GotoAsync("/admin/forms/submissions/" + id);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("LTK-");
        await Axe.AssertNoViolationsAsync(page, "a submission");

        await page.GotoAsync("/admin/settings/FormsSettings");
        await page.GetByLabel("Sekretariatets e-mailadresse").FillAsync("sekretariatet.ltk.dk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#SecretariatEmail-error")).ToContainTextAsync("er ikke en e-mailadresse");
        await Axe.AssertNoViolationsAsync(page, "the forms settings with an error");
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
