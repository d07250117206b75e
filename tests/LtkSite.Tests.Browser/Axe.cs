using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>The one axe-core check every browser test uses: WCAG 2.1 A/AA plus axe's best practices.</summary>
public static class Axe
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        // Only violations are read; axe then keeps one node per passed rule instead of all, which makes a run much faster.
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Fails with every violation listed, headed by <paramref name="what"/> (the page's address when not given).</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string? what = null)
    {
        var result = await page.RunAxe(WcagAA);
        Assert.True(result.Violations.Length == 0, (what ?? page.Url) + "\n" + Describe(result.Violations));
    }

    private static string Describe(AxeResultItem[] violations) =>
        string.Join("\n", violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
}
