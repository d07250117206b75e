using System.Net;
using System.Text.Json;
using LtkSite.Testing;

namespace LtkSite.Tests.Integration;

public sealed class HealthTests_Sqlite(SqliteSiteFixture fixture) : HealthTests<SqliteSiteFixture>(fixture), IClassFixture<SqliteSiteFixture>;

public sealed class HealthTests_Postgres(PostgresSiteFixture fixture) : HealthTests<PostgresSiteFixture>(fixture), IClassFixture<PostgresSiteFixture>;

public abstract class HealthTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : SiteFixture
{
    [Fact]
    public async Task Health_reports_the_database_and_goes_503_while_it_is_unreachable()
    {
        var healthy = await Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        var body = JsonDocument.Parse(await healthy.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());

        await using (await Fixture.Database.MakeUnreachableAsync())
        {
            var down = await Client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            var downBody = JsonDocument.Parse(await down.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("Unhealthy", downBody.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        }

        // Failures while the database was away are what this test is about.
        Site.Logs.Expect(e => e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || e.Category.StartsWith("Microsoft.Extensions.Diagnostics.HealthChecks", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/health")).StatusCode);
    }
}
