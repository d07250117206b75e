using LtkSite.Testing;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>
/// Every public page of the seeded site (plus the demo's members and news) in a real browser, in Danish and English,
/// wide and at the narrowest phone width: no axe-core violations, no sideways scrolling, and a working skip link.
/// </summary>
public sealed class PublicSiteWalkTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private static readonly string[] s_widthsToCheck = ["1280", "320"];

    [Fact]
    public async Task Every_page_has_no_axe_violations_and_no_horizontal_scrolling_at_1280_and_320_px()
    {
        await RunDemoRecipeAsync();
        var paths = SeededSite.Pages.Select(p => p.Path).Prepend("/").Append(SeededSite.DemoNewsPath).ToList();
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            Locale = "da-DK",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();

        foreach (var width in s_widthsToCheck.Select(int.Parse))
        {
            await page.SetViewportSizeAsync(width, 900);
            foreach (var path in paths)
            {
                var response = await page.GotoAsync(path);
                Assert.True(response!.Status == 200, $"{path} answered {response.Status}");
                await Axe.AssertNoViolationsAsync(page, $"{path} at {width} px");
                var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
                var (scrollWidth, clientWidth) = (widths[0], widths[1]);
                Assert.True(scrollWidth <= clientWidth, $"{path} at {width} px scrolls sideways: {scrollWidth} px wide in {clientWidth} px");
            }
        }

        await context.CloseAsync();
    }

    [Theory]
    [InlineData("/kulturfestival", "Gå til hovedindhold")]
    [InlineData("/en/festival", "Skip to main content")]
    public async Task The_skip_link_comes_first_shows_when_focused_and_moves_focus_to_the_main_content(string path, string text)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            Locale = "da-DK",
            ViewportSize = new ViewportSize { Width = 320, Height = 640 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(":focus");
        await Assertions.Expect(skip).ToHaveTextAsync(text, new() { UseInnerText = true });
        await Assertions.Expect(skip).ToBeVisibleAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, X: >= 0 }, "The focused skip link is on screen");
        await Assertions.Expect(skip).Not.ToHaveCSSAsync("outline-style", "none");

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[id='main']")).ToBeFocusedAsync();

        // The next Tab goes on from the main content, not back to the header.
        await page.Keyboard.PressAsync("Tab");
        await page.WaitForFunctionAsync("document.getElementById('main').contains(document.activeElement)");
        await context.CloseAsync();
    }

    public void Dispose() => fixture.Site.Logs.AssertNoUnexpected();

    private async Task RunDemoRecipeAsync()
    {
        var admin = await fixture.AdminPageAsync();
        await admin.GotoAsync("/admin/recipes/run?file=demo.recipe.json");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Kør opskriften", Exact = true }).ClickAsync();
        await admin.GetByText("Alle 1 trin blev udført.").WaitForAsync();
    }
}
