using System.Text.RegularExpressions;
using Cms.Core.Data;
using Cms.Email.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>
/// A citizen saves the grant form unfinished in a real browser, follows the private link from the mail in a fresh browser and
/// continues where they left off; axe finds nothing on the save page, its error state, the saved page or the resumed form.
/// </summary>
public sealed partial class FormDraftJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task A_citizen_saves_the_grant_form_and_continues_by_the_mailed_link_with_no_axe_violations_on_the_way()
    {
        var email = $"draft-{Guid.NewGuid():N}"[..16] + "@example.org";
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/ansoeg-om-stoette");
        await page.GetByLabel("Forening", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Navn", new() { Exact = false }).First.FillAsync("Amina Hassan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem og fortsæt senere" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gem og fortsæt senere", Level = 2 })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "the save page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem og send linket" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        var link = summary.GetByRole(AriaRole.Link, new() { Name = "Indtast din e-mailadresse, så vi kan sende dig linket." });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "the save page with an error");
        await link.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Din e-mailadresse")).ToBeFocusedAsync();
        await page.GetByLabel("Din e-mailadresse").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem og send linket" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Din ansøgning er gemt" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Sidst gemt", new() { Exact = false })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "the saved page");

        var text = await fixture.Site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<OutboxMail>()
            .Where(m => m.To == email).Select(m => m.TextBody).SingleAsync());
        var path = new Uri(LinkPattern().Match(text).Value).AbsolutePath;

        var later = await fixture.NewPageAsync();
        await later.GotoAsync(path);
        await Assertions.Expect(later.GetByText("Trin 1 af 5")).ToBeVisibleAsync();
        await Assertions.Expect(later.GetByText("Sidst gemt", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(later.GetByLabel("Navn", new() { Exact = false }).First).ToHaveValueAsync("Amina Hassan");
        await Assertions.Expect(later.GetByLabel("Forening", new() { Exact = true })).ToBeCheckedAsync();
        await Axe.AssertNoViolationsAsync(later, "the resumed form");

        await later.GotoAsync("/ansoeg-om-stoette/fortsaet/" + new string('A', 43));
        await Assertions.Expect(later.GetByRole(AriaRole.Heading, new() { Name = "Linket virker ikke længere" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(later, "the no-longer-valid page");
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();

    [GeneratedRegex("https?://\\S+/ansoeg-om-stoette/fortsaet/[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}
