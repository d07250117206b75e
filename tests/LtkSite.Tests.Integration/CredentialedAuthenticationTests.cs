using System.Net;
using Cms.Core.Data;
using LtkSite.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

/// <summary>Counts every authentication handler the site asks for, to see which requests are authenticated at all.</summary>
public sealed class HandlerLookups
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Add() => Interlocked.Increment(ref _count);
}

public sealed class CountingAuthenticationHandlerProvider(AuthenticationHandlerProvider inner, HandlerLookups lookups) : IAuthenticationHandlerProvider
{
    public Task<IAuthenticationHandler?> GetHandlerAsync(HttpContext context, string authenticationScheme)
    {
        lookups.Add();
        return inner.GetHandlerAsync(context, authenticationScheme);
    }
}

public sealed class CredentialedAuthenticationSiteFixture : SiteFixture
{
    public HandlerLookups Lookups { get; } = new();

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override SiteFactory CreateSite(TestDatabase database) => new(database)
    {
        TestServices = services =>
        {
            services.AddSingleton(Lookups);
            services.AddScoped<AuthenticationHandlerProvider>();
            services.AddScoped<IAuthenticationHandlerProvider, CountingAuthenticationHandlerProvider>();
        },
    };
}

/// <summary>
/// A request without a cookie or an Authorization header cannot be signed in, so the site does not run the
/// authentication handlers for it (a cached public page's largest piece of our own work); one with a cookie is
/// authenticated as before, and a challenge still sends a visitor without a cookie to the sign-in page.
/// </summary>
public sealed class CredentialedAuthenticationTests(CredentialedAuthenticationSiteFixture fixture)
    : SiteTest<CredentialedAuthenticationSiteFixture>(fixture), IClassFixture<CredentialedAuthenticationSiteFixture>
{
    [Fact]
    public async Task A_visitor_without_cookies_is_not_authenticated_and_a_signed_in_user_still_is()
    {
        using var visitor = Site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/")).StatusCode);
        Assert.Equal(0, Fixture.Lookups.Count);

        // The admin gate's challenge goes through the authentication service, not the middleware.
        var admin = await visitor.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Contains("/login?ReturnUrl=%2Fadmin", admin.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);

        await Client.LoginAsAdminAsync();
        var before = Fixture.Lookups.Count;
        var dashboard = await Client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.True(Fixture.Lookups.Count > before, "The signed-in request was not authenticated.");
    }
}
