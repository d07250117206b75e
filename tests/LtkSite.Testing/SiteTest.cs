namespace LtkSite.Testing;

/// <summary>
/// Base of tests on a shared site: gives a fresh browser-like client per test and, when the test ends,
/// fails it if the site logged a warning or error the test did not expect.
/// </summary>
public abstract class SiteTest<TFixture>(TFixture fixture) : IDisposable
    where TFixture : SiteFixture
{
    protected TFixture Fixture { get; } = fixture;

    protected SiteFactory Site => Fixture.Site;

    protected HttpClient Client { get; } = fixture.Site.CreateClient();

    public void Dispose()
    {
        Client.Dispose();
        Site.Logs.AssertNoUnexpected();
        GC.SuppressFinalize(this);
    }
}
