using Cms.Core.Data;
using LtkSite.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LtkSite.Tests.Browser;

/// <summary>
/// The seeded site on a real port and Debian's Chromium driven by Playwright (no browser download:
/// the system browser from <c>LTK_CHROMIUM</c> or /usr/bin/chromium).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>One Chromium for the whole assembly: each test class gets its own site, and its pages their own contexts.</summary>
    private static readonly SemaphoreSlim s_launch = new(1, 1);
    private static IPlaywright? s_playwright;
    private static IBrowser? s_browser;

    /// <summary>The contexts this class's site was browsed in, closed with the fixture (the browser stays for the next class).</summary>
    private readonly List<IBrowserContext> _contexts = [];
    private IPage? _adminPage;

    /// <summary>The media library of this site only, so uploads neither pile up in the project nor meet other runs' files.</summary>
    private readonly string _mediaFolder = Path.Combine(Path.GetTempPath(), "ltk-browser-media-" + Guid.NewGuid().ToString("N"));

    public SiteFactory Site { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Site = new BrowserSiteFactory(Database, _mediaFolder) { UseRealServer = true };
        Site.Start();
        var address = Site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

        Browser = await SharedBrowserAsync();
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "da-DK",
            // Each context is its own client, as each person's browser is: the tests' sign-ins do not share one rate limit.
            ExtraHTTPHeaders = new Dictionary<string, string> { [ClientAddressStartupFilter.Header] = Site.NextClientAddress() },
        });
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        // The test assemblies run side by side on small CI machines; a first admin page can take a while to come.
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// One page signed in as the administrator, shared by the tests of a class (they run one after another)
    /// so the class signs in once. Tests leave it open; the browser closes it.
    /// </summary>
    public async Task<IPage> AdminPageAsync()
    {
        if (_adminPage is null)
        {
            var page = await NewPageAsync();
            await page.GotoAsync("/login");
            await page.GetByLabel("Brugernavn").FillAsync("admin");
            await page.GetByLabel("Adgangskode").FillAsync(SiteFactory.AdminPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
            await page.WaitForURLAsync("**/admin");
            _adminPage = page;
        }

        return _adminPage;
    }

    public async Task DisposeAsync()
    {
        // A context a test closed already closes again without error.
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }

        if (Directory.Exists(_mediaFolder))
        {
            Directory.Delete(_mediaFolder, recursive: true);
        }
    }

    private static async Task<IBrowser> SharedBrowserAsync()
    {
        await s_launch.WaitAsync();
        try
        {
            if (s_browser is { IsConnected: true })
            {
                return s_browser;
            }

            var executable = Environment.GetEnvironmentVariable("LTK_CHROMIUM");
            if (string.IsNullOrEmpty(executable))
            {
                executable = "/usr/bin/chromium";
            }

            if (!File.Exists(executable))
            {
                throw new InvalidOperationException($"Chromium was not found at {executable}. Run ./test.sh, which installs Debian's chromium.");
            }

            s_playwright ??= await Playwright.CreateAsync();
            var browser = await s_playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
                ],
            });
            // Playwright's driver ends Chromium when the test process goes; closing it first lets it end cleanly.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => browser.CloseAsync().Wait(TimeSpan.FromSeconds(5));
            s_browser = browser;
            return browser;
        }
        finally
        {
            s_launch.Release();
        }
    }

    private sealed class BrowserSiteFactory(TestDatabase database, string mediaFolder) : SiteFactory(database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Media:Root", Path.Combine(mediaFolder, "media"));
            builder.UseSetting("Media:CacheRoot", Path.Combine(mediaFolder, "cache"));
        }
    }
}
