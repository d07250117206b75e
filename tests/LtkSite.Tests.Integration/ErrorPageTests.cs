using System.Net;
using Cms.Core.Data;
using LtkSite.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

/// <summary>A site with one extra address that fails, registered only here, to show what a visitor sees when something breaks.</summary>
public sealed class FailingSiteFixture : SiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override SiteFactory CreateSite(TestDatabase database) => new FailingSiteFactory(database);

    private sealed class FailingSiteFactory(TestDatabase database) : SiteFactory(database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddControllers().AddApplicationPart(typeof(FailingController).Assembly));
        }
    }
}

/// <summary>Fails on every request (only the failing test site has it).</summary>
public sealed class FailingController : Controller
{
    [HttpGet("/test-failure")]
    [HttpGet("/en/test-failure")]
    public IActionResult Fail() => throw new InvalidOperationException($"A failure made by the test at {Request.Path}.");
}

public sealed class ErrorPageTests(FailingSiteFixture fixture) : SiteTest<FailingSiteFixture>(fixture), IClassFixture<FailingSiteFixture>
{
    [Theory]
    [InlineData("/test-failure", "da", "Der opstod en fejl", "<a href=\"/\">Gå til forsiden</a>")]
    [InlineData("/en/test-failure", "en", "Something went wrong", "<a href=\"/en\">Go to the front page</a>")]
    public async Task An_unhandled_error_answers_500_with_the_sites_error_page_in_the_addresss_language(string address, string language, string heading, string homeLink)
    {
        var response = await Client.GetAsync(address);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        AssertThemedErrorPage(html, language, heading, homeLink);
        Assert.DoesNotContain("A failure made by the test", html, StringComparison.Ordinal);

        Site.Logs.Expect(e => e.Exception is InvalidOperationException ex && ex.Message.StartsWith("A failure made by the test", StringComparison.Ordinal));
    }

    /// <summary>The error page is in the site's look, in the address's language, with the way back home.</summary>
    internal static void AssertThemedErrorPage(string html, string language, string heading, string homeLink)
    {
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains("<header class=\"site-header\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(homeLink, html, StringComparison.Ordinal);
        HtmlValidator.AssertValid(html, heading);
    }
}
