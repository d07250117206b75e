using System.Text.Json.Nodes;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Forms.Services;
using Cms.Workflows.Tasks;
using Council.Grants.Screening;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>WCAG 2.1 AA through axe-core on the applicant's answer page and the screening task's act form, with their error states.</summary>
public sealed class ScreeningAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task The_applicants_information_page_with_and_without_errors_has_no_axe_violations()
    {
        var id = await SubmitAsync();
        var path = await fixture.Site.WithScopeAsync(async s =>
        {
            var token = s.GetRequiredService<GrantInformationLinks>().Ask(id, "Send venligst projektets tidsplan.", "da", TimeSpan.FromDays(30), out _);
            await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            return GrantInformationLinks.PathOf(token, "da");
        });

        var page = await fixture.NewPageAsync();
        await page.GotoAsync(path);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tilføj oplysninger til din ansøgning");
        await Assertions.Expect(page.Locator(".information-question")).ToHaveTextAsync("Send venligst projektets tidsplan.");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Send svaret" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Skriv dit svar til sekretariatet.");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv dit svar til sekretariatet." }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Dit svar")).ToBeFocusedAsync();
        await page.GetByLabel("Dit svar").FillAsync("Projektet løber fra 15.09.2027 til 15.12.2027.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send svaret" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-receipt")).ToContainTextAsync("Tak: vi modtog dit svar den");
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_screening_task_refuses_not_eligible_without_a_reason_and_its_page_has_no_axe_violations()
    {
        var id = await SubmitAsync();
        var taskId = await fixture.Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowTask>().AsNoTracking()
            .Where(t => t.ContentItemId == id).Select(t => t.TaskId).SingleAsync());

        var page = await fixture.AdminPageAsync();
        await page.GotoAsync(TaskUrls.Task(taskId));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Screen ansøgning");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Kommentar eller begrundelse").FillAsync("   ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ikke støtteberettiget" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Skriv begrundelsen for 'Ikke støtteberettiget' i kommentaren");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Klar til møde" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

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
        var receipt = await services.GetRequiredService<FormSubmissionService>().SubmitAsync(form, item, "da-DK", draftId: null, CancellationToken.None);
        return receipt.ContentItemId;
    });

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
