using System.Net;
using System.Text.RegularExpressions;

namespace LtkSite.Bench;

/// <summary>The <c>load</c> command: the bare endpoint first, then every target of the site, each warmed up on its own.</summary>
public static partial class Load
{
    private const string PlainTheme = "/_content/LtkTheme/theme.css";

    // The pages a visitor and an editor meet first; later pages are added as extra paths on the command line.
    private static readonly string[] DefaultPaths = ["/", "/login", "/health", PlainTheme, "/admin"];

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var runner = new LoadRunner(options.Connections, TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.DurationSeconds));
        var defaults = options.DefaultTargets ? await WithLinkedThemeAsync(options.Site!) : [];
        var paths = defaults.Concat(options.ExtraPaths).Distinct(StringComparer.Ordinal);
        var targets = paths.Select(p => new Target(
            "site " + p,
            new Uri(options.Site!, p),
            // The admin gate sends anonymous requests to /login, so everything under /admin is requested signed in.
            p.StartsWith("/admin", StringComparison.OrdinalIgnoreCase))).ToList();
        targets.AddRange(options.EditorPaths.Select(p => new Target($"site {p} (signed-in editor)", new Uri(options.Site!, p), SignedIn: true)));
        if (options.DefaultTargets)
        {
            // The home page as the output cache cannot serve it: for a signed-in editor (rendered on every request), and
            // with a query string never seen before (must read like the cached row: the cache ignores undeclared keys).
            targets.Insert(1, new Target("site / uncached page (signed-in editor)", options.Site!, SignedIn: true));
            targets.Insert(2, new Target("site / random query strings", options.Site!, SignedIn: false, RandomQuery: true));
        }

        Report.Header(options);
        double? bare = null;
        if (options.Bare is not null)
        {
            var result = await runner.RunAsync(new Target("bare /", options.Bare, SignedIn: false), cookies: null);
            bare = result.RequestsPerSecond;
            Report.Row(result, bare);
        }

        foreach (var target in targets)
        {
            CookieContainer? cookies = null;
            if (target.SignedIn)
            {
                // Signed in afresh per target; the container then takes renewed cookies, as a browser would.
                cookies = await SignIn.AsAsync(options.Site!, options.UserName, options.Password
                    ?? throw new ArgumentException("Signed-in targets need --password or LTK_ADMIN_PASSWORD."));
            }

            Report.Row(await runner.RunAsync(target, cookies), bare);
        }

        return 0;
    }

    /// <summary>
    /// The home page links the stylesheet by its fingerprinted name (served with immutable caching); measure the URL
    /// a browser actually fetches, and fall back to the plain name if the page links none.
    /// </summary>
    private static async Task<string[]> WithLinkedThemeAsync(Uri site)
    {
        using var client = new HttpClient();
        var home = await client.GetStringAsync(site);
        var linked = ThemeLink().Match(home);
        return linked.Success ? DefaultPaths.Select(p => p == PlainTheme ? linked.Groups[1].Value : p).ToArray() : DefaultPaths;
    }

    [GeneratedRegex(@"href=""(/_content/LtkTheme/theme(?:\.[a-z0-9]+)?\.css)""")]
    private static partial Regex ThemeLink();
}
