using Cms.Core.Data;
using LtkSite.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LtkSite.Testing;

/// <summary>
/// The real site, started in-process on a <see cref="TestDatabase"/>, with everything it logs captured.
/// </summary>
public class SiteFactory : WebApplicationFactory<SqliteLtkDbContext>
{
    public const string AdminPassword = "Test-admin-password-1";

    public SiteFactory(TestDatabase database, string? recipePath = null)
    {
        Database = database;
        RecipePath = recipePath;
        ClientOptions.AllowAutoRedirect = false;
        ClientOptions.BaseAddress = new Uri("http://localhost");
    }

    public TestDatabase Database { get; }

    public string? RecipePath { get; }

    public LogSink Logs { get; } = new();

    private int _clients;

    /// <summary>Services a test adds to (or replaces in) the site, e.g. an event handler that records what it sees.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Configuration a test sets for its site (e.g. <c>Email:Smtp:Host</c>), as the environment would.</summary>
    public IReadOnlyDictionary<string, string?>? Settings { get; init; }

    /// <summary>Runs the site on Kestrel at a free port instead of the in-memory test server (for browsers).</summary>
    public bool UseRealServer { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", Database.ConnectionString);
        builder.UseSetting("LTK_ADMIN_PASSWORD", AdminPassword);
        // The work queue runs when a test calls WorkRunner.RunDueWorkAsync, never on its own beside the test.
        builder.UseSetting("Work:Enabled", "false");
        if (RecipePath is not null)
        {
            builder.UseSetting("Setup:RecipePath", RecipePath);
        }

        foreach (var (key, value) in Settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>());
        if (TestServices is { } testServices)
        {
            builder.ConfigureTestServices(testServices);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
        });
    }

    /// <summary>Each client gets its own address (10.x.y.z), so per-address limits count each test's requests alone.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, NextClientAddress());
    }

    /// <summary>
    /// A network address no other client of this site has had, for the <see cref="ClientAddressStartupFilter.Header"/>
    /// header (browser contexts send it too, so the sign-in rate limit counts each test's sign-ins alone).
    /// </summary>
    public string NextClientAddress()
    {
        var n = Interlocked.Increment(ref _clients);
        return $"10.{(n >> 16) & 0xFF}.{(n >> 8) & 0xFF}.{n & 0xFF}";
    }

    /// <summary>Starts the site now, so a start-up failure surfaces here rather than in the first request.</summary>
    public void Start()
    {
        if (UseRealServer)
        {
            UseKestrel(0);
            StartServer();
        }
        else
        {
            _ = Server;
        }
    }

    public T WithScope<T>(Func<IServiceProvider, T> action)
    {
        using var scope = Services.CreateScope();
        return action(scope.ServiceProvider);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public static DatabaseProvider ProviderOf(TestDatabase database) => database.Provider;
}

public static class SiteFactoryUserExtensions
{
    /// <summary>Adds a user the way an administrator would, for tests about what that user may do.</summary>
    public static Task CreateUserAsync(this SiteFactory site, string userName, string password, params string[] roles) =>
        site.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Cms.Core.Security.CmsUser>>();
            var user = new Cms.Core.Security.CmsUser(userName);
            var result = await users.CreateAsync(user, password);
            if (result.Succeeded && roles.Length > 0)
            {
                result = await users.AddToRolesAsync(user, roles);
            }

            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            return true;
        });
}
