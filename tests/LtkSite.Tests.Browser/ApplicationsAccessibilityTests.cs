using System.Text.Json.Nodes;
using Cms.Contents.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>WCAG 2.1 AA through axe-core on the applications list, a filtered list with no rows, an application's page and its note error.</summary>
public sealed class ApplicationsAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task The_applications_list_an_empty_filtered_list_and_an_application_page_have_no_axe_violations()
    {
        var marker = "Axe" + Guid.NewGuid().ToString("N")[..6];
        var id = await fixture.Site.WithScopeAsync(async s =>
        {
            var contents = s.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("GrantApplication");
            item.Content["GrantApplication"] = new JsonObject
            {
                ["ApplicantKind"] = new JsonObject { ["Values"] = new JsonArray("association") },
                ["ApplicantName"] = new JsonObject { ["Text"] = "Amina Hassan" },
                ["Organisation"] = new JsonObject { ["Text"] = "Foreningen Fælles Bord" },
                ["ProjectTitle"] = new JsonObject { ["Text"] = $"Madklub {marker}" },
                ["StartDate"] = new JsonObject { ["Value"] = "2027-05-15" },
            };
            item.Content["GrantBudgetPart"] = new JsonObject
            {
                ["BudgetLines"] = new JsonArray(new JsonObject { ["Item"] = "Leje af fælleshus", ["Amount"] = 6000 }),
                ["AmountAppliedFor"] = 5000,
            };
            item.Content["FormSubmission"] = new JsonObject { ["Reference"] = "LTK-2027-0901" };
            return (await contents.CreateAsync(item, publish: false)).ContentItemId;
        });

        var page = await fixture.AdminPageAsync();
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Administrationsmenu" }).GetByRole(AriaRole.Link, new() { Name = "Ansøgninger" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ansøgninger");
        await Axe.AssertNoViolationsAsync(page, "applications list");

        await page.GetByLabel("Søg", new() { Exact = true }).FillAsync(marker);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrér" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = marker });
        await Assertions.Expect(row).ToContainTextAsync("5.000 kr.");
        await Assertions.Expect(row).ToContainTextAsync("Forening");

        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Kan ikke støttes" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrér" }).ClickAsync();
        await Assertions.Expect(page.Locator("#applications-count")).ToHaveTextAsync("0 ansøgninger fundet.");
        await Axe.AssertNoViolationsAsync(page, "filtered empty list");

        await page.GotoAsync($"/admin/applications/{id}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ansøgning LTK-2027-0901");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tid og budget" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "application page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Gem notatet" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Text-error")).ToHaveTextAsync("Skriv notatet, før du gemmer det.");
        await Axe.AssertNoViolationsAsync(page, "note error");

        await page.GetByLabel("Nyt notat").FillAsync("Ringede til ansøgeren.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem notatet" }).ClickAsync();
        await Assertions.Expect(page.Locator("#note-list")).ToContainTextAsync("Ringede til ansøgeren.");
        await Axe.AssertNoViolationsAsync(page, "application page with a note");
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
