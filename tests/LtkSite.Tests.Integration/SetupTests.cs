using System.Net;
using Cms.Core.Data;
using Cms.Core.Setup;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LtkSite.Tests.Integration;

public sealed class SetupTests_Sqlite : SetupTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class SetupTests_Postgres : SetupTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>First-run setup on an empty database, restarts, and a setup recipe that fails half-way.</summary>
public abstract class SetupTests
{
    protected abstract DatabaseProvider Provider { get; }

    [Fact]
    public async Task A_restart_on_the_same_database_applies_nothing_and_keeps_everything()
    {
        await using var database = await TestDatabase.CreateAsync(Provider);

        await using (var first = new SiteFactory(database))
        {
            first.Start();
            Assert.Contains(first.Logs.All, e => e.Message.StartsWith("First-run setup done", StringComparison.Ordinal));
            await first.CreateUserAsync("kept-user", "Kept-password-12");
            first.Logs.AssertNoUnexpected();
        }

        await using var second = new SiteFactory(database);
        second.Start();
        Assert.DoesNotContain(second.Logs.All, e => e.Message.Contains("First-run setup", StringComparison.Ordinal));
        Assert.DoesNotContain(second.Logs.All, e => e.Message.StartsWith("Applying", StringComparison.Ordinal));
        Assert.DoesNotContain(second.Logs.All, e => e.Message.Contains("enabled: its default permissions", StringComparison.Ordinal));

        using var client = second.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("kept-user", "Kept-password-12")).StatusCode);
        var counts = await second.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<LtkDbContext>();
            return (Users: await db.Users.CountAsync(), Roles: await db.Roles.CountAsync(), Settings: await db.SiteSettings.CountAsync());
        });
        Assert.Equal((2, 3, 1), counts);
        second.Logs.AssertNoUnexpected();
    }

    [Fact]
    public async Task A_failing_recipe_step_leaves_no_half_made_site_and_the_next_start_tries_again()
    {
        await using var database = await TestDatabase.CreateAsync(Provider);
        var brokenRecipe = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.recipe.json");
        await File.WriteAllTextAsync(brokenRecipe, """
            {
              "name": "broken",
              "steps": [
                { "name": "Settings", "SiteName": "Half-made site" },
                { "name": "Roles", "Roles": [ { "Name": "Editor", "Permissions": [ "NoSuchPermission" ] } ] }
              ]
            }
            """);

        try
        {
            await using (var broken = new SiteFactory(database, brokenRecipe))
            {
                var error = Assert.ThrowsAny<Exception>(broken.Start);
                Assert.Contains("NoSuchPermission", FindSetupException(error).Message, StringComparison.Ordinal);
                var log = Assert.Single(broken.Logs.Entries, e => e.Level == LogLevel.Critical);
                Assert.Contains("step Roles", log.Message, StringComparison.Ordinal);
                Assert.Contains("NoSuchPermission", log.Message, StringComparison.Ordinal);
                broken.Logs.Expect(e => e.Category.StartsWith("Cms.Core.Setup", StringComparison.Ordinal)
                    || e.Category.StartsWith("Microsoft.Extensions.Hosting", StringComparison.Ordinal));
                broken.Logs.AssertNoUnexpected();
            }

            await using (var context = OpenDatabase(database))
            {
                Assert.Equal(0, await context.SiteSettings.CountAsync());
                Assert.Equal(0, await context.Roles.CountAsync());
                Assert.Equal(0, await context.Users.CountAsync());
                Assert.Equal(0, await context.ModuleStates.CountAsync());
            }

            await using var fixedSite = new SiteFactory(database);
            fixedSite.Start();
            using var client = fixedSite.CreateClient();
            Assert.Contains("Integrationsrådet", await client.GetStringAsync("/"), StringComparison.Ordinal);
            await client.LoginAsAdminAsync();
            fixedSite.Logs.AssertNoUnexpected();
        }
        finally
        {
            File.Delete(brokenRecipe);
        }
    }

    [Fact]
    public async Task Without_a_configured_password_setup_generates_one_and_logs_it_once()
    {
        await using var database = await TestDatabase.CreateAsync(Provider);
        await using var site = new GeneratedPasswordSiteFactory(database);
        site.Start();

        var line = Assert.Single(site.Logs.Entries, e => e.Message.Contains("generated password", StringComparison.Ordinal));
        var password = System.Text.RegularExpressions.Regex.Match(line.Message, "generated password (\\S+)").Groups[1].Value;
        Assert.Equal(20, password.Length);
        site.Logs.Expect(e => e == line);

        using var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("admin", password)).StatusCode);
        site.Logs.AssertNoUnexpected();
    }

    private static SetupException FindSetupException(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is SetupException setup)
            {
                return setup;
            }
        }

        throw new Xunit.Sdk.XunitException($"Expected a SetupException, got {error}");
    }

    private static LtkDbContext OpenDatabase(TestDatabase database)
    {
        var services = new ServiceCollection();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<LtkDbContext, LtkSite.Web.Data.SqliteLtkDbContext>(o => o.UseSqlite(database.ConnectionString));
        }
        else
        {
            services.AddDbContext<LtkDbContext, LtkSite.Web.Data.PostgresLtkDbContext>(o => o.UseNpgsql(database.ConnectionString));
        }

        return services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<LtkDbContext>();
    }

    private sealed class GeneratedPasswordSiteFactory(TestDatabase database) : SiteFactory(database)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("LTK_ADMIN_PASSWORD", "");
        }
    }
}
