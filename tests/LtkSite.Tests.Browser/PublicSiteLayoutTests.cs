using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>
/// The header as a visitor sees it: on a wide screen one bar of the main menu's top-level items (sub-items in the
/// section's own menu), on a phone a menu button that opens the menu without JavaScript.
/// </summary>
public sealed class PublicSiteLayoutTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    [Fact]
    public async Task At_1280_px_the_menu_is_one_bar_of_top_level_items_at_one_height_and_sub_items_are_the_sections_menu()
    {
        var (context, page) = await OpenAsync(1280, 900, javaScript: true);
        await page.GotoAsync("/kulturfestival");

        var bar = page.Locator("nav.site-menu .site-menu-bar");
        var links = bar.Locator("> li > a");
        await Assertions.Expect(links).ToHaveCountAsync(7);
        var tops = new HashSet<double>();
        foreach (var link in await links.AllAsync())
        {
            await Assertions.Expect(link).ToBeVisibleAsync();
            tops.Add(Math.Round((await link.BoundingBoxAsync())!.Y));
        }

        // "Forside" sits with the others, and no sub-item pushes anything onto a second row.
        Assert.Single(tops);
        await Assertions.Expect(page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Lykkens Gave" })).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("summary.site-menu-button")).ToBeHiddenAsync();

        // The section's menu offers the sub-item, and leads to it.
        var section = page.GetByRole(AriaRole.Navigation, new() { Name = "Sider under Kulturfestival" });
        await section.GetByRole(AriaRole.Link, new() { Name = "Lykkens Gave" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/lykkens-gave$"));
        await Assertions.Expect(bar.GetByRole(AriaRole.Link, new() { Name = "Kulturfestival" })).ToHaveAttributeAsync("aria-current", "true");

        // The language switch is a plain link, no list bullet before it.
        var language = page.Locator(".language-switch li").First;
        await Assertions.Expect(language).ToHaveCSSAsync("list-style-type", "none");
        await Axe.AssertNoViolationsAsync(page, "/lykkens-gave at 1280 px");
        await context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task At_375_px_a_menu_button_opens_the_whole_menu_with_or_without_JavaScript(bool javaScript)
    {
        var (context, page) = await OpenAsync(375, 667, javaScript);
        await page.GotoAsync("/kulturfestival");

        // Closed, the menu leaves the first screen to the page.
        var button = page.Locator("nav.site-menu summary.site-menu-button");
        await Assertions.Expect(button).ToBeVisibleAsync();
        await Assertions.Expect(button).ToHaveTextAsync("Menu");
        var menu = page.Locator("nav.site-menu details");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Medlemmer" })).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".site-menu-bar")).ToBeHiddenAsync();
        var heading = (await page.Locator("main h1").BoundingBoxAsync())!;
        Assert.True(heading.Y + heading.Height < 667, $"The page's heading starts below the first screen, at {heading.Y} px");

        // Opened from the keyboard, it shows every item, the sub-item under its section.
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(menu).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Lykkens Gave" })).ToBeVisibleAsync();
        if (javaScript)
        {
            // axe and the width check run as scripts in the page.
            await Axe.AssertNoViolationsAsync(page, "/kulturfestival at 375 px with the menu open");
            var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"The open menu scrolls sideways: {widths[0]} px wide in {widths[1]} px");
        }

        await menu.GetByRole(AriaRole.Link, new() { Name = "Medlemmer" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/medlemmer$"));
        await context.CloseAsync();
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();

    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(int width, int height, bool javaScript)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            Locale = "da-DK",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(60_000);
        return (context, await context.NewPageAsync());
    }
}
