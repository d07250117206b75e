using System.Text.Json.Nodes;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Security;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Cms.Workflows.Tasks;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>
/// A secretariat user works through tasks in a browser: in the inbox (claim, act with a comment) and on the item's own page;
/// axe-core finds nothing on the dashboard, the inbox, the task page and the item page with its tasks.
/// </summary>
public sealed class TasksJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private const string Password = "Tasks-browser-password-1";

    [Fact]
    public async Task A_secretariat_user_claims_and_acts_in_the_inbox_and_on_the_item_page()
    {
        var userName = "sek-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Site.CreateUserAsync(userName, Password, CmsRoles.Secretariat);
        var itemId = await fixture.Site.WithScopeAsync(async s =>
        {
            var contents = s.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("Page");
            item.Part(PartNames.Title)["Title"] = "Sommerlejr for nye borgere";
            item.Owner = userName;
            return (await contents.CreateAsync(item, publish: false)).ContentItemId;
        });
        var signal = await DefineReviewAsync();
        var inboxTask = await SignalAsync(signal, null, "Foreningen Sammen");
        var itemTask = await SignalAsync(signal, itemId, "Sommerlejr for nye borgere");

        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Brugernavn").FillAsync(userName);
        await page.GetByLabel("Adgangskode").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Administrationsmenu" }).GetByRole(AriaRole.Link, new() { Name = "Opgaver (2 åbne opgaver til dig)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mine opgaver" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("2 ledige opgaver venter i dine roller.")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "dashboard with My tasks");

        await page.GotoAsync(TaskUrls.Inbox);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ledige i mine roller" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Behandl ansøgningen fra Foreningen Sammen" });
        await Assertions.Expect(row).ToContainTextAsync("Ingen endnu");
        await Axe.AssertNoViolationsAsync(page, "task inbox");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Behandl ansøgningen fra Foreningen Sammen");
        await Axe.AssertNoViolationsAsync(page, "task page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tag opgaven" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Du har taget" })).ToBeVisibleAsync();
        await page.Locator("form.task-actions").GetByLabel("Kommentar (valgfri)").FillAsync("Projektet når mange nye borgere.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Godkend" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "er løst: Godkend" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".task-history")).ToContainTextAsync("Projektet når mange nye borgere.");
        await Axe.AssertNoViolationsAsync(page, "task page after acting");

        await page.GotoAsync($"/admin/content/{itemId}/edit");
        var panel = page.GetByRole(AriaRole.Complementary, new() { Name = "Opgaver om dette indhold" });
        await Assertions.Expect(panel).ToContainTextAsync("Behandl ansøgningen fra Sommerlejr for nye borgere");
        await Axe.AssertNoViolationsAsync(page, "item page with its task");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Afvis" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/content/{itemId}/edit");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "er løst: Afvis" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Complementary, new() { Name = "Opgaver om dette indhold" })).ToHaveCountAsync(0);

        Assert.Equal("Godkend", await OutcomeAsync(inboxTask));
        Assert.Equal("Afvis", await OutcomeAsync(itemTask));
    }

    /// <summary>A signal starts it; the Secretariat chooses "Godkend" or "Afvis", and the workflow finishes.</summary>
    private Task<string> DefineReviewAsync() =>
        fixture.Site.WithScopeAsync(async s =>
        {
            var signal = "browser-review-" + Guid.NewGuid().ToString("N");
            var definition = new WorkflowDefinition();
            definition.Activities.Add(new ActivityRecord { ActivityId = "received", Name = "SignalEvent", IsStart = true, Properties = new JsonObject { ["SignalName"] = signal } });
            definition.Activities.Add(new ActivityRecord
            {
                ActivityId = "review",
                Name = "UserTaskEvent",
                Properties = new JsonObject
                {
                    ["Title"] = "Behandl ansøgningen fra {{ Input.Name }}",
                    ["Instructions"] = "Læs ansøgningen og vurder den efter puljens kriterier.",
                    ["Roles"] = new JsonArray(CmsRoles.Secretariat),
                    ["Actions"] = new JsonArray("Godkend", "Afvis"),
                    ["DueAfter"] = "2.00:00:00",
                },
            });
            definition.Transitions.Add(new TransitionRecord("received", "Done", "review"));
            await s.GetRequiredService<WorkflowTypeStore>().SaveAsync(new WorkflowTypeDraft { WorkflowTypeId = signal, Name = "Ansøgninger", Definition = definition });
            await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            return signal;
        });

    private async Task<string> SignalAsync(string signal, string? itemId, string name)
    {
        var correlation = itemId ?? Guid.NewGuid().ToString("N");
        var input = new JsonObject { ["Name"] = name, ["ContentItemId"] = itemId };
        var result = await fixture.Site.WithScopeAsync(s => s.GetRequiredService<WorkflowManager>().SignalAsync(signal, correlation, input));
        return Assert.Single(result.Started).WorkflowId;
    }

    private Task<string?> OutcomeAsync(string workflowId) =>
        fixture.Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowTask>().Where(t => t.WorkflowId == workflowId).Select(t => t.Outcome).SingleAsync());

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
