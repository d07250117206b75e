using System.Text.Json.Nodes;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Council.Meetings.Data;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>
/// WCAG 2.1 AA through axe-core on the meeting pages of the secretariat (conflicts, conclusion, minutes), a member's editor
/// with the register of associations, and the public list of the council's statements.
/// </summary>
public sealed class CouncilMeetingAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task The_conflicts_conclusion_and_minutes_pages_have_no_axe_violations()
    {
        var site = fixture.Site;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var term = await CouncilData.CreateTermAsync(site, today.Year - 1, today.Year + 3);
        var anna = await CouncilData.CreateMemberAsync(site, "Anna Jensen", "Lyngby Boldklub", term);
        var bo = await CouncilData.CreateMemberAsync(site, "Bo Nielsen", "Ældre Sagen", term);
        var meeting = await CouncilData.CreateMeetingAsync(site, today.AddDays(60));
        var placement = await CouncilData.EnqueueAsync(site, "axe-item-1", "Fodboldskole", "Lyngby Boldklub", null, "Lyngby Boldklub");
        Assert.Equal(meeting, placement.MeetingId);
        var prefix = $"/admin/meetings/{meeting}";
        var page = await fixture.AdminPageAsync();

        // The register in the member's editor, a row added without JavaScript.
        await page.GotoAsync($"/admin/content/{bo}/edit");
        await page.GetByLabel("Forening 1: navn").FillAsync("Foreningen Nydanske Kvinder");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj en forening" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Forening 3: navn")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Forening 1: navn")).ToHaveValueAsync("Foreningen Nydanske Kvinder");
        await page.GetByLabel("Forening 1: CVR-nummer").FillAsync("123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Udgiv" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Et CVR-nummer har 8 cifre");
        await Axe.AssertNoViolationsAsync(page, "the member's editor with an error in the register");

        await page.GotoAsync(prefix + "/conflicts");
        await Assertions.Expect(page.Locator("table.conflicts")).ToContainTextAsync("Leder eller repræsenterer Lyngby Boldklub");
        await Axe.AssertNoViolationsAsync(page, "the conflicts page");
        await page.GetByLabel("Medlem", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Bo Nielsen" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrér inhabiliteten" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Vælg det punkt, medlemmet er inhabilt i.");
        await Axe.AssertNoViolationsAsync(page, "the conflicts page with errors");

        await page.GotoAsync(prefix + "/conclude");
        await Assertions.Expect(page.Locator("#conclusion-problems")).ToContainTextAsync("Punkt 1 (Fodboldskole) er ikke afgjort endnu.");
        await Axe.AssertNoViolationsAsync(page, "the conclusion refused");

        await CouncilData.RecordOutcomeAsync(site, "axe-item-1", AgendaItemOutcome.Granted, "Bevilget 6.000 kr.");
        await CouncilData.AttendAsync(site, meeting, anna, "Anna Jensen", present: true);
        await CouncilData.AttendAsync(site, meeting, bo, "Bo Nielsen", present: true);
        await page.GotoAsync(prefix + "/conclude");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afslut mødet og send afgørelserne" }).ClickAsync();
        await Assertions.Expect(page.Locator("#concluded")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "the meeting concluded");

        await page.GetByRole(AriaRole.Link, new() { Name = "Gå videre til referatet" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Referatet (Markdown)")).ToContainTextAsync("Anna Jensen deltog ikke i behandlingen af punkt 1.");
        await Axe.AssertNoViolationsAsync(page, "the minutes");
        await page.GetByLabel("Referatet (Markdown)").FillAsync(" ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem kladden" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Markdown-error")).ToContainTextAsync("Skriv referatet; det kan ikke være tomt.");
        await Axe.AssertNoViolationsAsync(page, "the minutes with an error");

        // Approved minutes: read-only, with the form that makes them a draft again and the minutes' history.
        await page.GetByLabel("Referatet (Markdown)").FillAsync("Referat af mødet.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem kladden" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Godkend referatet" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.minutes-history tbody tr")).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsAsync(page, "the approved minutes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gør referatet til kladde igen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Reason-error")).ToContainTextAsync("Skriv, hvorfor referatet gøres til kladde igen");
        await Axe.AssertNoViolationsAsync(page, "the approved minutes with an error");
    }

    [Fact]
    public async Task The_statements_list_has_no_axe_violations()
    {
        await fixture.Site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("CouncilStatement");
            item.Part(PartNames.Title)["Title"] = "Høringssvar om sprogundervisning";
            item.Content["CouncilStatement"] = new JsonObject { ["Date"] = new JsonObject { ["Value"] = "2027-03-05" }, ["MeetingDate"] = new JsonObject { ["Value"] = "2027-03-04" } };
            item.Content["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = "Rådet anbefaler mere sprogundervisning om aftenen." };
            item.Content["LocalizationPart"] = new JsonObject { ["Culture"] = "da-DK" };
            item.Content["ContainedPart"] = new JsonObject { ["ListContentItemId"] = "ltkstatementsda00000000000", ["Order"] = 0 };
            return await contents.CreateAsync(item, publish: true);
        });

        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/udtalelser");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Udtalelser");
        await Assertions.Expect(page.Locator(".list-items .summary-title")).ToHaveTextAsync(["Høringssvar om sprogundervisning"]);
        await Axe.AssertNoViolationsAsync(page, "the statements list");

        // The English list: no statement is translated yet, and it says so.
        await page.GotoAsync("/en/statements");
        await Assertions.Expect(page.Locator(".statements-none")).ToHaveTextAsync("There are no statements in this language yet.");
        await Axe.AssertNoViolationsAsync(page, "the English statements list");
        await page.GotoAsync("/udtalelser");

        await page.GetByRole(AriaRole.Link, new() { Name = "Høringssvar om sprogundervisning" }).ClickAsync();
        await Assertions.Expect(page.Locator(".statement-meeting")).ToHaveTextAsync("Vedtaget på rådets møde den 04.03.2027.");
        await Axe.AssertNoViolationsAsync(page, "a statement");
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
