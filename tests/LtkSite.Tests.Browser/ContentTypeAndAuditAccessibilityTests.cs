using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LtkSite.Tests.Browser;

/// <summary>
/// WCAG 2.1 AA through axe-core on the administrator's pages for content types, the audit trail, users and
/// roles — also with the errors a user meets. One signed-in page for the whole class.
/// </summary>
public sealed class ContentTypeAndAuditAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task Content_type_pages_with_and_without_errors_have_no_axe_violations()
    {
        var page = await fixture.AdminPageAsync();
        await GotoAndCheckAsync(page, "/admin/content-types", "Indholdstyper");
        await GotoAndCheckAsync(page, "/admin/content-types/create", "Opret indholdstype");

        // An empty form: the summary names the display name and links to it.
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        await page.Locator(".error-summary a").First.ClickAsync();
        await Assertions.Expect(page.Locator("[id='DisplayName']")).ToBeFocusedAsync();
        await Axe.AssertNoViolationsAsync(page, "create with errors");

        await page.Locator("#DisplayName").FillAsync("Axeprøve");
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await page.WaitForURLAsync("**/admin/content-types/Axeproeve");
        Assert.Equal(200, (await page.ReloadAsync())!.Status);
        await Axe.AssertNoViolationsAsync(page, "type editor");

        await GotoAndCheckAsync(page, "/admin/content-types/Axeproeve/fields/add", null);
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        Assert.Contains("/fields/add", page.Url, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page, "add field with errors");

        // With a field the editor also shows the fields table.
        await page.Locator("#DisplayName").FillAsync("Sted");
        await page.Locator("#FieldType").SelectOptionAsync("TextField");
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await page.WaitForURLAsync("**/admin/content-types/Axeproeve/fields/Sted");
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await page.WaitForURLAsync("**/admin/content-types/Axeproeve");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Sted", new() { UseInnerText = true });
        await Axe.AssertNoViolationsAsync(page, "type editor with a field");

        await GotoAndCheckAsync(page, "/admin/content-types/Axeproeve/parts/AutoroutePart", null);
        await GotoAndCheckAsync(page, "/admin/content-types/Axeproeve/delete", null);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Axeprøve", new() { UseInnerText = true });
    }

    [Fact]
    public async Task Adding_a_field_in_two_steps_and_its_settings_with_errors_have_no_axe_violations()
    {
        var page = await fixture.AdminPageAsync();
        await page.GotoAsync("/admin/content-types/create");
        await page.Locator("#DisplayName").FillAsync("Felttrin");
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await page.WaitForURLAsync("**/admin/content-types/Felttrin");

        // Step 1: names and type, with errors first.
        await GotoAndCheckAsync(page, "/admin/content-types/Felttrin/fields/add", null);
        await page.Locator("#TechnicalName").FillAsync("1Beløb");
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        await Expect(page.Locator("#TechnicalName")).ToHaveValueAsync("1Beløb");
        await Axe.AssertNoViolationsAsync(page, "add field step 1 with errors");

        await page.Locator("#DisplayName").FillAsync("Beløb");
        await page.Locator("#TechnicalName").FillAsync("");
        await page.Locator("#FieldType").SelectOptionAsync("NumericField");
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await page.WaitForURLAsync("**/admin/content-types/Felttrin/fields/Beloeb");

        // Step 2: the number field's own settings; a maximum below the minimum is refused at the maximum.
        await Expect(page.Locator("#Minimum")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "add field step 2");
        await page.Locator("#Minimum").FillAsync("100");
        await page.Locator("#Maximum").FillAsync("10");
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        await page.Locator(".error-summary a").First.ClickAsync();
        await Assertions.Expect(page.Locator("[id='Maximum']")).ToBeFocusedAsync();
        await Expect(page.Locator("#Maximum-error")).ToContainTextAsync("minimum");
        await Expect(page.Locator("#Minimum")).ToHaveValueAsync("100");
        await Axe.AssertNoViolationsAsync(page, "field settings with errors");

        await page.Locator("#Maximum").FillAsync("59800");
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await page.WaitForURLAsync("**/admin/content-types/Felttrin");
        await Expect(page.Locator("main")).ToContainTextAsync("Beløb");
    }

    [Fact]
    public async Task Audit_trail_list_filter_error_and_detail_have_no_axe_violations()
    {
        var page = await fixture.AdminPageAsync();

        // Creating a type leaves at least one event to list and open.
        await page.GotoAsync("/admin/content-types/create");
        await page.Locator("#DisplayName").FillAsync("Revisionsspor prøve");
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await page.WaitForURLAsync("**/admin/content-types/RevisionssporProeve");

        await GotoAndCheckAsync(page, "/admin/audit", "Revisionsspor");
        var firstEvent = page.Locator("tr[data-event-id] a").First;
        var detail = await firstEvent.GetAttributeAsync("href");
        Assert.NotNull(detail);

        await page.Locator("#From").FillAsync("31.02.2026");
        await page.Locator("form.ct-filters button[type=submit]").ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        await page.Locator(".error-summary a").First.ClickAsync();
        await Assertions.Expect(page.Locator("[id='From']")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#From")).ToHaveValueAsync("31.02.2026");
        await Axe.AssertNoViolationsAsync(page, "audit trail with a bad date");

        await GotoAndCheckAsync(page, detail, null);
    }

    [Fact]
    public async Task User_and_role_pages_have_no_axe_violations()
    {
        var page = await fixture.AdminPageAsync();
        await GotoAndCheckAsync(page, "/admin/users", "Brugere");
        await GotoAndCheckAsync(page, "/admin/users/create", null);

        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        await Axe.AssertNoViolationsAsync(page, "new user with errors");

        await GotoAndCheckAsync(page, "/admin/roles", "Roller");
        var role = await page.Locator("main table a").First.GetAttributeAsync("href");
        Assert.NotNull(role);
        await GotoAndCheckAsync(page, role, null);
    }

    [Fact]
    public async Task Settings_pages_have_no_axe_violations_and_an_error_moves_focus_to_its_field()
    {
        var page = await fixture.AdminPageAsync();
        await GotoAndCheckAsync(page, "/admin/settings", "Indstillinger");
        await page.Locator("main a[href='/admin/settings/General']").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Generelt");
        await Axe.AssertNoViolationsAsync(page, "general settings");

        await page.Locator("#TimeZoneId").FillAsync("Europe/Atlantis");
        await page.Locator("form button[type=submit].button-primary").ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await page.Locator(".error-summary a").First.ClickAsync();
        await Expect(page.Locator("#TimeZoneId")).ToBeFocusedAsync();
        await Expect(page.Locator("#TimeZoneId")).ToHaveValueAsync("Europe/Atlantis");
        await Axe.AssertNoViolationsAsync(page, "general settings with an error");
    }

    private static async Task GotoAndCheckAsync(IPage page, string path, string? heading)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response!.Status == 200, $"{path}: {response.Status}");
        if (heading is not null)
        {
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading, new() { UseInnerText = true });
        }

        await Axe.AssertNoViolationsAsync(page, path);
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();
}
