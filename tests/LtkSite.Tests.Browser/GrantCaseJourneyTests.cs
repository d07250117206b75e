using System.Text;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Workflows.Tasks;
using Council.Grants.Data;
using Council.Grants.Models;
using Council.Grants.Reports;
using Council.Meetings.Data;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>
/// A grant case in Chromium where a person clicks: the public form (a short way through it), the screening task, the
/// meeting's page with the attendance, the decision form refusing a partial grant without reasons and then taking it,
/// the conclusion, and the grantee's report with a receipt. What no person does in a browser (the members, the report
/// link the workflow mails after the project, read by the HTTP journey at the SMTP server) goes through the fixture. Axe on the pages on the way.
/// </summary>
public sealed class GrantCaseJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private static readonly DateOnly March = new(2027, 3, 4);

    [Fact]
    public async Task A_grant_case_is_applied_for_screened_decided_concluded_and_reported_on_in_the_browser()
    {
        var site = fixture.Site;
        var term = await CouncilData.CreateTermAsync(site, 2026, 2029);
        await CouncilData.CreateMemberAsync(site, "Anna Jensen", "Lyngby Boldklub", term);
        await CouncilData.CreateMemberAsync(site, "Bo Nielsen", "Ældre Sagen", term);

        // The citizen applies.
        var citizen = await fixture.NewPageAsync();
        await citizen.GotoAsync("/ansoeg-om-stoette");
        await citizen.GetByLabel("Forening", new() { Exact = true }).CheckAsync();
        await citizen.GetByLabel("Navn", new() { Exact = false }).First.FillAsync("Amina Hassan");
        await citizen.GetByLabel("Forening, virksomhed eller institution").FillAsync("Madklubben Lundtofte");
        await citizen.GetByLabel("Adresse").FillAsync("Lyngby Hovedgade 1, 2800 Kongens Lyngby");
        await citizen.GetByLabel("E-mail").FillAsync("amina@example.org");
        await citizen.GetByLabel("Dansk").CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();
        await citizen.GetByLabel("Projektets titel").FillAsync("Madklub i browseren");
        await citizen.GetByLabel("Projektbeskrivelse").FillAsync("Vi laver mad sammen en gang om måneden.");
        await citizen.GetByLabel("Målgruppe").FillAsync("Nye og gamle borgere i Lundtofte");
        await citizen.GetByLabel("Hvor mange får gavn af projektet?").FillAsync("40");
        await citizen.GetByLabel("Projektleder").FillAsync("Amina Hassan");
        await citizen.GetByLabel("Hvordan er projektet fællesskabsorienteret?").FillAsync("Alle spiser sammen.");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();
        await citizen.GetByLabel("Startdato eller dato").FillAsync("15.03.2027");
        await citizen.GetByLabel("Budgetlinje 1: hvad til").FillAsync("Mad og drikke");
        await citizen.GetByLabel("Budgetlinje 1: beløb i kroner").FillAsync("10.000");
        await citizen.GetByLabel("Ansøgt beløb (kr.)").FillAsync("10.000");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();
        await Assertions.Expect(citizen.GetByText("Trin 4 af 5")).ToBeVisibleAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Send ansøgning" }).ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Heading, new() { Name = "Tak for din ansøgning" })).ToBeVisibleAsync();
        var id = await site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<GrantApplicationIndex>().Where(i => i.ProjectTitle == "Madklub i browseren").Select(i => i.ContentItemId).SingleAsync());

        // The secretariat's screening task: ready for the meeting.
        var admin = await fixture.AdminPageAsync();
        var taskId = await site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowTask>().AsNoTracking().Where(t => t.ContentItemId == id).Select(t => t.TaskId).SingleAsync());
        await admin.GotoAsync(TaskUrls.Task(taskId));
        await Assertions.Expect(admin.Locator("h1")).ToContainTextAsync("Screen ansøgning");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Klar til møde" }).ClickAsync();

        // The meeting's page lists it; the attendance is recorded there.
        var meeting = await site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<Meeting>().Where(m => m.Date == March).Select(m => m.Id).SingleAsync());
        await admin.GotoAsync($"/admin/meetings/{meeting}");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("Madklub i browseren");
        await admin.GetByLabel("Anna Jensen").CheckAsync();
        await admin.GetByLabel("Bo Nielsen").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Gem fremmødet" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#quorum")).ToContainTextAsync("2 af 2 medlemmer til stede");
        await Axe.AssertNoViolationsAsync(admin, "the meeting with a grant application and its attendance");

        // The decision: a partial grant without reasons is refused with everything typed kept, then saved with them.
        await admin.GotoAsync($"/admin/applications/{id}/decision");
        await admin.GetByLabel("Delvist bevilget").CheckAsync();
        await admin.GetByLabel("Bevilget beløb (kr.)").FillAsync("6.000");
        await admin.GetByLabel("Yderligere tekst til afgørelsen").FillAsync("Drøftet på mødet.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Gem afgørelsen" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".error-summary")).ToContainTextAsync("Sæt kryds ved de kriterier, ansøgningen ikke opfylder");
        await Assertions.Expect(admin.Locator("#MainConsiderations-error")).ToHaveTextAsync("Skriv de hovedhensyn, afgørelsen bygger på.");
        await Assertions.Expect(admin.GetByLabel("Bevilget beløb (kr.)")).ToHaveValueAsync("6.000");
        await Assertions.Expect(admin.GetByLabel("Yderligere tekst til afgørelsen")).ToHaveValueAsync("Drøftet på mødet.");
        await Axe.AssertNoViolationsAsync(admin, "a partial grant refused without its reasons");
        await admin.Locator("input[name=Criteria][value=budget]").CheckAsync();
        await admin.Locator("#MainConsiderations").FillAsync("Rådet støtter maden, ikke gaverne.");
        await admin.Locator("#FactsReliedOn").FillAsync("Budgettet har 4.000 kr. til gaver.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Gem afgørelsen" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Afgørelsen er gemt: Delvist bevilget 6.000 kr.")).ToBeVisibleAsync();

        // The conclusion sends the letter.
        await admin.GotoAsync($"/admin/meetings/{meeting}/conclude");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Afslut mødet og send afgørelserne" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#concluded")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("Mødet er afsluttet, og afgørelserne er på vej til ansøgerne.");

        // After the project the grantee reports with a receipt.
        var grantee = await fixture.NewPageAsync();
        await grantee.GotoAsync(await ReportLinkAsync(id));
        await grantee.GetByLabel("Hvad skete der i projektet").FillAsync("Vi spiste sammen seks gange.");
        await grantee.GetByLabel("Hvor mange deltog").FillAsync("30");
        await grantee.GetByLabel("Faktisk udgift til Mad og drikke (kr.)").FillAsync("6.000");
        await grantee.Locator("#Explanation-1").FillAsync("Rådet bevilgede 6.000 kr.");
        await grantee.GetByLabel("Kvittering for Mad og drikke").SetInputFilesAsync(new FilePayload { Name = "mad.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n") });
        await grantee.GetByRole(AriaRole.Button, new() { Name = "Send afrapporteringen" }).ClickAsync();
        await Assertions.Expect(grantee.Locator(".form-receipt")).ToContainTextAsync("Tak: vi modtog jeres afrapportering den");
    }

    /// <summary>The private link the workflow mails once the project has ended, asked for here as the workflow asks for it.</summary>
    private Task<string> ReportLinkAsync(string id) => fixture.Site.WithScopeAsync(async s =>
    {
        var item = (await s.GetRequiredService<ContentManager>().GetAsync(id, VersionOptions.Latest))!;
        var token = s.GetRequiredService<GrantReportLinks>().Ask(id, item.As<GrantBudgetPart>().BudgetLines, new DateOnly(2027, 3, 31), "da", "", out _);
        await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        return GrantReportLinks.PathOf(token, "da");
    });

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
