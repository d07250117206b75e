using System.Text.Json.Nodes;
using Cms.Core.Data;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>WCAG 2.1 AA through axe-core on the workflow admin: the list, the editor showing errors, instance pages (waiting and faulted) and aborting one.</summary>
public sealed class WorkflowAdminAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private static JsonObject Activity(string id, string name, string title, bool start, string? signal = null)
    {
        var properties = new JsonObject { ["ActivityMetadata"] = new JsonObject { ["Title"] = title } };
        if (signal is not null)
        {
            properties["SignalName"] = new JsonObject { ["Expression"] = signal };
        }
        else
        {
            properties["PropertyName"] = "Decided";
            properties["Value"] = new JsonObject { ["Expression"] = "ja" };
        }

        return new JsonObject { ["ActivityId"] = id, ["Name"] = name, ["IsStart"] = start, ["Properties"] = properties };
    }

    private static JsonObject Transition(string from, string outcome, string to) =>
        new() { ["SourceActivityId"] = from, ["SourceOutcomeName"] = outcome, ["DestinationActivityId"] = to };

    [Fact]
    public async Task Workflow_list_editor_with_errors_and_instance_pages_have_no_axe_violations()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var typeId = "browser-" + suffix;
        var name = "Ansøgning om tilskud " + suffix;
        var (waitingId, faultedId) = await fixture.Site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LtkDbContext>();
            var definition = WorkflowDefinitionJson.Read(new JsonObject
            {
                ["Activities"] = new JsonArray(
                    Activity("start", "SignalEvent", "Ansøgning modtaget", true, "modtaget-" + suffix),
                    Activity("wait", "SignalEvent", "Afventer møde", false, "moede-" + suffix),
                    Activity("decide", "SetPropertyTask", "Registrér afgørelse", false)),
                ["Transitions"] = new JsonArray(Transition("start", "Done", "wait"), Transition("wait", "Done", "decide")),
            });
            await services.GetRequiredService<WorkflowTypeStore>().SaveAsync(new WorkflowTypeDraft { WorkflowTypeId = typeId, Name = name, Definition = definition });
            await db.SaveChangesAsync();
            var manager = services.GetRequiredService<WorkflowManager>();
            var waiting = (await manager.SignalAsync("modtaget-" + suffix, "sag-1")).Started.Single();
            var faulted = (await manager.SignalAsync("modtaget-" + suffix, "sag-2")).Started.Single();
            // As the engine leaves an instance whose activity threw (faults themselves are tested over HTTP).
            await db.Set<WorkflowInstance>().Where(i => i.WorkflowId == faulted.WorkflowId).ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, WorkflowStatus.Faulted)
                .SetProperty(i => i.FaultedActivityId, "wait")
                .SetProperty(i => i.Error, "Connection refused 127.0.0.1:25"));
            return (waiting.WorkflowId, faulted.WorkflowId);
        });

        var page = await fixture.AdminPageAsync();
        await page.GotoAsync("/admin/workflows");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Arbejdsgange");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("Slå fra");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Arbejdsgangstype " + name);
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Version 1 som tegning" })).ToBeVisibleAsync();
        var document = page.GetByLabel("Aktiviteter og overgange (JSON)");
        var text = await document.InputValueAsync();
        await document.FillAsync(text.Replace("\"SetPropertyTask\"", "\"SendGridTask\"", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "ukendt aktivitet 'SendGridTask'" })).ToBeVisibleAsync();
        await Assertions.Expect(document).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("SendGridTask"));
        await Axe.AssertNoViolationsAsync(page, "the workflow editor with errors");

        await document.FillAsync(text.Replace("\"Expression\": \"ja\"", "\"Expression\": \"nej\"", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Version 2 blev gemt.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Version 1", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name + ", version 1");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/admin/workflows/{typeId}/move");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = waitingId })).ToContainTextAsync("Ja");
        await Axe.AssertNoViolationsAsync(page, "the dry run of moving to the newest version");
        await page.GetByRole(AriaRole.Button, new() { Name = "Flyt 1 forløb til version 2" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 forløb blev flyttet til version 2; 0 bliver, hvor de er.");
        await Axe.AssertNoViolationsAsync(page, "the moved instances");

        await page.GotoAsync($"/admin/workflows/{typeId}/delete");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("kan ikke slettes");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/workflows/create");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Name-error")).ToHaveTextAsync("Giv arbejdsgangstypen et navn.");
        await Axe.AssertNoViolationsAsync(page, "the create page with an error");

        await page.GotoAsync($"/admin/workflows/{typeId}/instances");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 forløb fundet.");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/admin/workflows/{typeId}/instances/{waitingId}");
        await Assertions.Expect(page.Locator("#position")).ToHaveTextAsync("Det venter på: Afventer møde.");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/admin/workflows/{typeId}/instances/{faultedId}");
        await Assertions.Expect(page.Locator("#fault")).ToContainTextAsync("Connection refused 127.0.0.1:25");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Prøv igen" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Afbryd forløbet" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Afbryd forløb " + faultedId);
        await Assertions.Expect(page.GetByLabel("Begrundelse (valgfri)")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "the confirm page of aborting an instance");
        await page.GetByLabel("Begrundelse (valgfri)").FillAsync("Ansøgningen blev trukket tilbage.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afbryd forløbet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Forløbet blev afbrudt");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ansøgningen blev trukket tilbage." })).ToContainTextAsync("Forløbet blev afbrudt");
        await Axe.AssertNoViolationsAsync(page, "an aborted instance");
    }

    [Fact]
    public async Task Activity_editor_with_errors_add_activity_pages_and_removal_have_no_axe_violations()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var typeId = "browser-activities-" + suffix;
        var name = "Ansøgning om tilskud (formularer) " + suffix;
        await fixture.Site.WithScopeAsync(async services =>
        {
            var definition = WorkflowDefinitionJson.Read(new JsonObject
            {
                ["Activities"] = new JsonArray(
                    Activity("start", "SignalEvent", "Ansøgning modtaget", true, "modtaget-" + suffix),
                    Activity("wait", "SignalEvent", "Afventer møde", false, "moede-" + suffix)),
                ["Transitions"] = new JsonArray(Transition("start", "Done", "wait")),
            });
            await services.GetRequiredService<WorkflowTypeStore>().SaveAsync(new WorkflowTypeDraft { WorkflowTypeId = typeId, Name = name, Definition = definition });
            return await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        });

        var page = await fixture.AdminPageAsync();
        await page.GotoAsync($"/admin/workflows/{typeId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rediger Afventer møde" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Afventer møde: Signal");
        await Axe.AssertNoViolationsAsync(page, "the activity editor");

        var signal = page.GetByLabel("Signalets navn (skal udfyldes)");
        await signal.FillAsync("");
        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync("Afventer rådsmødet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Udfyld “Signalets navn”.");
        await Assertions.Expect(page.Locator("#Settings\\.SignalName-error")).ToHaveTextAsync("Udfyld “Signalets navn”.");
        await Assertions.Expect(page.GetByLabel("Titel", new() { Exact = true })).ToHaveValueAsync("Afventer rådsmødet");
        await Axe.AssertNoViolationsAsync(page, "the activity editor with errors");

        await page.GotoAsync($"/admin/workflows/{typeId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tilføj aktivitet" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tilføj en aktivitet til " + name);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Opgaver" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "the add-activity page");

        await page.GetByRole(AriaRole.Link, new() { Name = "Brugeropgave" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tilføj Brugeropgave");
        await page.GetByLabel("Titel", new() { Exact = true }).FillAsync("Behandl ansøgningen");
        await page.GetByLabel("Handlinger (skal udfyldes)").FillAsync("Godkend\nAfvis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj aktiviteten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vælg mindst én under “Roller”.");
        await Assertions.Expect(page.GetByLabel("Handlinger (skal udfyldes)")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Godkend\\s+Afvis"));
        await Axe.AssertNoViolationsAsync(page, "the add-activity form with errors");

        await page.GetByLabel("Secretariat").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj aktiviteten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Behandl ansøgningen blev tilføjet, og version 2 blev gemt.");
        await page.GetByLabel("Når den ender med").SelectOptionAsync("Godkend");
        await page.GetByLabel("Fortsæt til").SelectOptionAsync("wait");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj overgangen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Overgangen Godkend → Afventer møde blev tilføjet, og version 3 blev gemt.");
        await Axe.AssertNoViolationsAsync(page, "an activity with its transitions");

        await page.GetByRole(AriaRole.Link, new() { Name = "Fjern aktiviteten" }).ClickAsync();
        await Assertions.Expect(page.Locator("#removed-transitions")).ToContainTextAsync("Behandl ansøgningen: Godkend → Afventer møde");
        await Axe.AssertNoViolationsAsync(page, "the confirm page of removing an activity");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fjern Behandl ansøgningen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("version 4 blev gemt");
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
