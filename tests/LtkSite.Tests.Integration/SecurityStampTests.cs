using System.Net;
using Cms.Core.Security;
using LtkSite.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class SecurityStampTests_Sqlite(InstrumentedSqliteSiteFixture fixture)
    : SecurityStampTests<InstrumentedSqliteSiteFixture>(fixture), IClassFixture<InstrumentedSqliteSiteFixture>;

public sealed class SecurityStampTests_Postgres(InstrumentedPostgresSiteFixture fixture)
    : SecurityStampTests<InstrumentedPostgresSiteFixture>(fixture), IClassFixture<InstrumentedPostgresSiteFixture>;

/// <summary>
/// A signed-in user's roles are read again once a minute (0004), not on every request: a request in between reads
/// nothing for the cookie, and the first one after it gives the user their current roles.
/// </summary>
public abstract class SecurityStampTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : InstrumentedSiteFixture
{
    private const string Password = "Stamp-editor-password-1";

    [Fact]
    public async Task A_removed_role_takes_effect_at_the_next_check_and_requests_before_it_read_nothing_for_the_cookie()
    {
        var instrumented = Fixture.Instrumented;
        await Site.CreateUserAsync("stamp-editor", Password, CmsRoles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.LoginAsync("stamp-editor", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/")).StatusCode);

        await Site.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<CmsUser>>();
            var user = await users.FindByNameAsync("stamp-editor") ?? throw new InvalidOperationException("no user");
            return await users.RemoveFromRoleAsync(user, CmsRoles.Editor);
        });

        // Before the check is due the cookie stands, and the public page reads nothing from the database for it.
        instrumented.Sql.Reset();
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/")).StatusCode);
        Assert.Empty(instrumented.Sql.Commands);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/admin")).StatusCode);

        instrumented.SecurityClock.Advance(TimeSpan.FromMinutes(2));
        var after = await Client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/access-denied", after.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }
}
