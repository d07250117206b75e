using System.Net;
using Cms.Core.Security;
using LtkSite.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

public sealed class AdminAccessTests_Sqlite(SqliteSiteFixture fixture) : AdminAccessTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class AdminAccessTests_Postgres(PostgresSiteFixture fixture) : AdminAccessTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

/// <summary>Who may enter the admin area and what they may do there.</summary>
public abstract class AdminAccessTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task Anonymous_visitor_to_admin_is_sent_to_the_login()
    {
        foreach (var url in new[] { "/admin", "/admin/users", "/admin/modules", "/admin/anything-a-module-forgot-to-protect" })
        {
            var response = await Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
            Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(url), response.Headers.Location.Query, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Admin_signs_in_and_reaches_the_dashboard_in_Danish()
    {
        var response = await Client.PostFormAsync("/login", "/login", [new("UserName", "admin"), new("Password", SiteFactory.AdminPassword), new("ReturnUrl", "/admin/users")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/users", response.Headers.Location!.OriginalString);

        var dashboard = await Client.GetStringAsync("/admin");
        Assert.Contains("Velkommen til administrationen af Integrationsrådet", dashboard, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/users\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_with_a_foreign_return_url_stays_on_the_site()
    {
        var response = await Client.PostFormAsync("/login", "/login", [new("UserName", "admin"), new("Password", SiteFactory.AdminPassword), new("ReturnUrl", "https://evil.example/")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_keeps_the_user_name_and_says_what_is_wrong()
    {
        var response = await Client.LoginAsync("admin", "not-the-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Brugernavn eller adgangskode er forkert.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"admin\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"error-summary\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        await Site.CreateUserAsync("lockout-victim", "Right-password-123", CmsRoles.Editor);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var html = await (await Client.LoginAsync("lockout-victim", $"wrong-{attempt}")).Content.ReadAsStringAsync();
            Assert.Contains("Brugernavn eller adgangskode er forkert.", html, StringComparison.Ordinal);
        }

        var fifth = await (await Client.LoginAsync("lockout-victim", "wrong-5")).Content.ReadAsStringAsync();
        Assert.Contains("Kontoen er låst", fifth, StringComparison.Ordinal);

        var right = await Client.LoginAsync("lockout-victim", "Right-password-123");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Kontoen er låst", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task The_three_roles_exist_with_their_default_permissions()
    {
        var roles = await Site.WithScopeAsync(async services =>
        {
            var manager = services.GetRequiredService<RoleManager<CmsRole>>();
            var result = new Dictionary<string, IList<System.Security.Claims.Claim>>();
            foreach (var role in await manager.Roles.ToListAsync())
            {
                result[role.Name!] = await manager.GetClaimsAsync(role);
            }

            return result;
        });

        Assert.Equal([CmsRoles.Administrator, CmsRoles.Editor, CmsRoles.Secretariat], roles.Keys.Order());
        Assert.Contains(roles[CmsRoles.Secretariat], c => c.Value == "ManageGrantApplications");
        Assert.DoesNotContain(roles[CmsRoles.Editor], c => c.Value == CorePermissions.ManageUsers.Name);

        await Client.LoginAsAdminAsync();
        var page = await Client.GetStringAsync("/admin/roles");
        Assert.Contains("Redaktør", page, StringComparison.Ordinal);
        Assert.Contains("Sekretariat", page, StringComparison.Ordinal);
        Assert.Contains("Administrator", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_cannot_open_user_management_but_can_open_the_admin()
    {
        await Site.CreateUserAsync("editor-anna", "Editor-password-1", CmsRoles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.LoginAsync("editor-anna", "Editor-password-1")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/admin")).StatusCode);
        var users = await Client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.Equal("/access-denied", users.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync(users.Headers.Location)).StatusCode);

        // Nor can they post to it.
        var token = await Client.GetAntiforgeryTokenAsync("/admin");
        var post = await Client.PostAsync("/admin/users/create", new FormUrlEncodedContent(
            [new("UserName", "sneaky"), new("Password", "Sneaky-password-1"), new("Roles", CmsRoles.Administrator), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/access-denied", post.Headers.Location!.AbsolutePath);
        Assert.Null(await Site.WithScopeAsync(s => s.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync("sneaky")));

        // The menu offers only what they may open.
        var dashboard = await Client.GetStringAsync("/admin");
        Assert.DoesNotContain("href=\"/admin/users\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_adds_a_user_with_a_role_who_can_then_sign_in()
    {
        await Client.LoginAsAdminAsync();
        var response = await Client.PostFormAsync("/admin/users/create", "/admin/users/create",
            [new("UserName", "sekretaer-bo"), new("Email", "bo@example.org"), new("Password", "Secretariat-pass-1"), new("Roles", CmsRoles.Secretariat)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var list = await Client.GetStringAsync("/admin/users");
        Assert.Contains("sekretaer-bo", list, StringComparison.Ordinal);
        Assert.Contains("Sekretariat", list, StringComparison.Ordinal);

        using var other = Site.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await other.LoginAsync("sekretaer-bo", "Secretariat-pass-1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/admin/roles")).StatusCode);
    }

    [Fact]
    public async Task A_too_short_password_is_refused_and_the_form_keeps_what_was_entered()
    {
        await Client.LoginAsAdminAsync();
        var response = await Client.PostFormAsync("/admin/users/create", "/admin/users/create",
            [new("UserName", "kort-kode"), new("Email", "kort@example.org"), new("Password", "Kort1"), new("Roles", CmsRoles.Editor)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Adgangskoden skal være på mindst 12 tegn.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"kort-kode\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"kort@example.org\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"role-Editor\"[^>]*checked", html);
        Assert.Null(await Site.WithScopeAsync(s => s.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync("kort-kode")));
    }

    [Fact]
    public async Task The_system_user_name_cannot_be_taken_by_a_person()
    {
        await Client.LoginAsAdminAsync();
        var response = await Client.PostFormAsync("/admin/users/create", "/admin/users/create",
            [new("UserName", "System"), new("Email", "system@example.org"), new("Password", "Long-enough-password-1"), new("Roles", CmsRoles.Administrator)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Brugernavnet er forbeholdt handlinger, som systemet udfører. Vælg et andet brugernavn.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#UserName\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"System\"", html, StringComparison.Ordinal);
        Assert.Null(await Site.WithScopeAsync(s => s.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync("system")));

        // Every other way to make a user meets the same rule.
        var direct = await Assert.ThrowsAsync<InvalidOperationException>(() => Site.CreateUserAsync("SYSTEM", "Long-enough-password-1"));
        Assert.Contains(ReservedUserNameValidator.Description, direct.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_client_get_a_Danish_page_while_another_client_still_signs_in()
    {
        var limit = Site.Services.GetRequiredService<IConfiguration>().GetValue("Security:LoginAttemptsPerMinute", 20);
        for (var i = 0; i < limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.LoginAsync("ukendt-bruger", "Forkert-kode-123")).StatusCode);
        }

        var refused = await Client.LoginAsync("ukendt-bruger", "Forkert-kode-123");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("<h1>For mange forsøg</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Du har prøvet for mange gange på kort tid. Vent et minut, og prøv igen.", html, StringComparison.Ordinal);

        using var other = Site.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await other.LoginAsync("admin", SiteFactory.AdminPassword)).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        var response = await Client.PostAsync("/login", new FormUrlEncodedContent([new("UserName", "admin"), new("Password", SiteFactory.AdminPassword)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Site.Logs.ExpectContaining("antiforgery");
    }

    [Fact]
    public async Task Auth_cookie_is_http_only_and_same_site()
    {
        var response = await Client.LoginAsync("admin", SiteFactory.AdminPassword);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ltk.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Module_list_shows_every_module_with_description_and_dependencies()
    {
        await Client.LoginAsAdminAsync();
        var html = await Client.GetStringAsync("/admin/modules");
        foreach (var id in new[] { "Cms.Admin", "Council.Meetings", "Council.Grants", "Council.Prize", "LtkTheme" })
        {
            Assert.Contains($"data-module-id=\"{id}\"", html, StringComparison.Ordinal);
        }

        var grantsRow = html[html.IndexOf("data-module-id=\"Council.Grants\"", StringComparison.Ordinal)..];
        grantsRow = grantsRow[..grantsRow.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Applications to the council", grantsRow, StringComparison.Ordinal);
        Assert.Contains("Council.Meetings", grantsRow, StringComparison.Ordinal);

        // Dependencies start first.
        Assert.True(html.IndexOf("data-module-id=\"Council.Meetings\"", StringComparison.Ordinal) < html.IndexOf("data-module-id=\"Council.Grants\"", StringComparison.Ordinal));
    }
}
