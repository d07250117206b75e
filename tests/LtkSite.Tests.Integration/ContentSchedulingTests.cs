using System.Globalization;
using System.Net;
using Cms.Contents.Services;
using Cms.Core.Data;
using LtkSite.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration;

/// <summary>A clock the test can move forward; everything else about time stays real.</summary>
public sealed class MovableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}

/// <summary>A site whose clock the test controls, and whose background publisher never runs on its own during a test.</summary>
public sealed class ClockSiteFactory(TestDatabase database) : SiteFactory(database)
{
    public MovableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Content:Scheduling:Interval", "1.00:00:00");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SqliteClockSiteFixture : SiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override SiteFactory CreateSite(TestDatabase database) => new ClockSiteFactory(database);
}

public sealed class PostgresClockSiteFixture : SiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override SiteFactory CreateSite(TestDatabase database) => new ClockSiteFactory(database);
}

public sealed class ContentSchedulingTests_Sqlite(SqliteClockSiteFixture fixture) : ContentSchedulingTests<SqliteClockSiteFixture>(fixture), IClassFixture<SqliteClockSiteFixture>;

public sealed class ContentSchedulingTests_Postgres(PostgresClockSiteFixture fixture) : ContentSchedulingTests<PostgresClockSiteFixture>(fixture), IClassFixture<PostgresClockSiteFixture>;

/// <summary>Publishing later: the time is Danish, must be in the future, and the item appears when it is due.</summary>
public abstract class ContentSchedulingTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    private MovableClock Clock => ((ClockSiteFactory)Site).Clock;

    [Fact]
    public async Task A_scheduled_draft_is_published_when_it_is_due()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var copenhagen = TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).AddHours(2);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var fields = new List<KeyValuePair<string, string>>
        {
            new("TitlePart.Title", "Planlagt " + suffix),
            new("Article.Intro.Text", "Kommer snart"),
            new("Article.Category.Values", "news"),
            new("ScheduleDate", copenhagen.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("ScheduleTime", copenhagen.ToString("HH:mm", CultureInfo.InvariantCulture)),
            new("Submit", "schedule"),
        };
        var response = await Client.PostFormAsync("/admin/content/new/Article", "/admin/content/new/Article", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var editor = WebUtility.HtmlDecode(await Client.GetStringAsync(response.Headers.Location));
        Assert.Contains("bliver udgivet " + copenhagen.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture), editor, StringComparison.Ordinal);
        Assert.Contains("1 elementer fundet.", WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/content?status=scheduled&q={suffix}")), StringComparison.Ordinal);

        using var visitor = Site.CreateClient();
        var path = $"/planlagt-{suffix}";
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(path)).StatusCode);

        var publisher = Site.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ScheduledPublishingService>().Single();
        await publisher.RunOnceAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(path)).StatusCode);

        Clock.Offset += TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1);
        await publisher.RunOnceAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_time_in_the_past_is_refused_at_the_field()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var past = TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).AddHours(-1);
        var response = await Client.PostFormAsync("/admin/content/new/Article", "/admin/content/new/Article",
        [
            new("TitlePart.Title", "For sent"),
            new("Article.Intro.Text", "Intro"),
            new("Article.Category.Values", "news"),
            new("ScheduleDate", past.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("ScheduleTime", past.ToString("HH:mm", CultureInfo.InvariantCulture)),
            new("Submit", "schedule"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Tidspunktet for udgivelsen skal ligge i fremtiden.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#ScheduleDate\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"" + past.ToString("HH:mm", CultureInfo.InvariantCulture) + "\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"For sent\"", html, StringComparison.Ordinal);
    }
}
