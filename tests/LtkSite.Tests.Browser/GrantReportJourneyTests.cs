using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Forms.Services;
using Council.Grants.Models;
using Council.Grants.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>
/// The grantee's report page in a browser, Danish and English: the accounts pre-filled with the budget lines, a receipt per
/// line, a line more than 10 % over its budget flagged and explained, the report sent; and the secretariat's pages for the
/// letter settings and the application with the report, all without axe violations.
/// </summary>
public sealed class GrantReportJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private static readonly byte[] s_pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_grantee_reports_with_a_receipt_a_line_explains_a_deviation_and_the_secretariat_sees_the_report()
    {
        var id = await SubmitAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(await AskAsync(id, "da"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Afrapportering af jeres projekt");
        await Assertions.Expect(page.Locator("#line-1")).ToHaveTextAsync("Mad");
        await Assertions.Expect(page.Locator("#line-2")).ToHaveTextAsync("Lokaleleje");
        await Assertions.Expect(page.Locator("#budget-total")).ToHaveTextAsync("8.000 kr.");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Hvad skete der i projektet").FillAsync("Vi spiste sammen fire gange i beboerhuset.");
        await page.GetByLabel("Hvor mange deltog").FillAsync("35");
        await page.GetByLabel("Faktisk udgift til Mad (kr.)").FillAsync("7.000");
        await page.GetByLabel("Faktisk udgift til Lokaleleje (kr.)").FillAsync("2.000");
        await page.GetByLabel("Kvittering for Mad").SetInputFilesAsync(new FilePayload { Name = "mad.pdf", MimeType = "application/pdf", Buffer = s_pdf });
        await page.GetByLabel("Kvittering for Lokaleleje").SetInputFilesAsync(new FilePayload { Name = "leje.pdf", MimeType = "application/pdf", Buffer = s_pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Send afrapporteringen" }).ClickAsync();

        // Over 10 % on the food: flagged, an explanation asked for, everything typed and uploaded kept.
        const string Deviation = "Linje 1 (Mad) kostede 7.000 kr., mere end 10 % fra budgettet på 6.000 kr.: forklar kort hvorfor.";
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync(Deviation);
        await Assertions.Expect(page.Locator(".report-deviation")).ToHaveTextAsync("Mere end 10 % fra budgettet.");
        await Assertions.Expect(page.GetByText("Modtaget: mad.pdf.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Modtaget: leje.pdf.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Hvor mange deltog")).ToHaveValueAsync("35");
        await Assertions.Expect(page.Locator("#actual-total")).ToHaveTextAsync("9.000 kr.");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = Deviation }).ClickAsync();
        var explanation = page.Locator("#Explanation-1");
        await Assertions.Expect(explanation).ToBeFocusedAsync();
        await explanation.FillAsync("Flere deltog end ventet.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send afrapporteringen" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-receipt")).ToContainTextAsync("Tak: vi modtog jeres afrapportering den");
        await Axe.AssertNoViolationsAsync(page);

        var admin = await fixture.AdminPageAsync();
        await admin.GotoAsync($"/admin/applications/{id}");
        await Assertions.Expect(admin.Locator("#grant-reports")).ToHaveTextAsync("Tilskudsmodtagerens afrapportering");
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "leje.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByText("Flere deltog end ventet.")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(admin);
    }

    [Fact]
    public async Task The_English_report_page_and_the_letter_settings_have_no_axe_violations()
    {
        var id = await SubmitAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(await AskAsync(id, "en"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Report on your project");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the report" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Tell us what happened in the project.");
        await Axe.AssertNoViolationsAsync(page);

        var admin = await fixture.AdminPageAsync();
        await admin.GotoAsync("/admin/settings/GrantLetterSettings");
        await Assertions.Expect(admin.GetByLabel("Klagevejledning på dansk")).ToContainTextAsync("Folketingets Ombudsmand");
        await Assertions.Expect(admin.GetByLabel("Sæt klagevejledningen i afgørelsesbrevet")).ToBeCheckedAsync();
        await Axe.AssertNoViolationsAsync(admin);
        await admin.GetByLabel("Afrapporteringspligt på engelsk").FillAsync("");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".error-summary")).ToContainTextAsync("Skriv afrapporteringspligten på engelsk.");
        await Axe.AssertNoViolationsAsync(admin);
    }

    /// <summary>A report asked for on the application, as the workflow asks for it; the page's path.</summary>
    private Task<string> AskAsync(string id, string language) => fixture.Site.WithScopeAsync(async s =>
    {
        var item = (await s.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest))!;
        var token = s.GetRequiredService<GrantReportLinks>().Ask(id, item.As<GrantBudgetPart>().BudgetLines, new DateOnly(2027, 9, 30), language, "", out _);
        await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        return GrantReportLinks.PathOf(token, language);
    });

    private Task<string> SubmitAsync() => fixture.Site.WithScopeAsync(async services =>
    {
        var form = (await services.GetRequiredService<FormCatalog>().DescribeAsync("GrantApplication", false, CancellationToken.None))!;
        var item = await services.GetRequiredService<ContentManager>().NewAsync("GrantApplication");
        item.Content["GrantApplication"] = new JsonObject
        {
            ["ApplicantKind"] = new JsonObject { ["Values"] = new JsonArray("association") },
            ["ApplicantName"] = new JsonObject { ["Text"] = "Amina Hassan" },
            ["Email"] = new JsonObject { ["Email"] = "amina@example.org" },
            ["ProjectTitle"] = new JsonObject { ["Text"] = "Fællesspisning" },
        };
        item.Content["GrantBudgetPart"] = new JsonObject
        {
            ["BudgetLines"] = new JsonArray(new JsonObject { ["Item"] = "Mad", ["Amount"] = 6000 }, new JsonObject { ["Item"] = "Lokaleleje", ["Amount"] = 2000 }),
            ["AmountAppliedFor"] = 5000,
        };
        var receipt = await services.GetRequiredService<FormSubmissionService>().SubmitAsync(form, item, "da-DK", draftId: null, CancellationToken.None);
        return receipt.ContentItemId;
    });

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
