using System.Net;

namespace LtkSite.Bench;

/// <summary>The <c>load</c> command: the bare endpoint first, then every target of the site, each warmed up on its own.</summary>
public static class Load
{
    // The pages a visitor and an editor meet first; later pages are added as extra paths on the command line.
    private static readonly string[] DefaultPaths = ["/", "/login", "/health", "/_content/LtkTheme/theme.css", "/admin"];

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var runner = new LoadRunner(options.Connections, TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.DurationSeconds));
        var paths = (options.DefaultTargets ? DefaultPaths : []).Concat(options.ExtraPaths).Distinct(StringComparer.Ordinal);
        var targets = paths.Select(p => new Target(
            "site " + p,
            new Uri(options.Site!, p),
            // The admin gate sends anonymous requests to /login, so everything under /admin is requested signed in.
            p.StartsWith("/admin", StringComparison.OrdinalIgnoreCase))).ToList();

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
}
