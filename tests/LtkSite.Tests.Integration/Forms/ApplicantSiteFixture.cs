using Cms.Core.Data;
using Cms.Core.Work;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LtkSite.Tests.Integration.Forms;

/// <summary>
/// The seeded site as a citizen meets it after sending a form: a clock standing at 10.01.2027 11:00 Danish time (the
/// recipe's first coming meeting is 04.03.2027), and mail delivered to an SMTP server on 127.0.0.1 that the tests start.
/// The work loop does not run on its own; tests deliver the outbox with <see cref="Runner"/>.
/// </summary>
public abstract class ApplicantSiteFixture : SiteFixture
{
    public static readonly DateTimeOffset Now = new(2027, 1, 10, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    public int SmtpPort { get; } = WorkSiteFixture.FreePort();

    public WorkRunner Runner => Site.Services.GetRequiredService<WorkRunner>();

    protected override SiteFactory CreateSite(TestDatabase database) => new(database)
    {
        Settings = new Dictionary<string, string?>
        {
            ["Email:From"] = "Integrationsrådet <integrationsraadet@ltk.dk>",
            ["Email:BaseUrl"] = "https://integrationsraadet.example",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Tls"] = "None",
            ["Email:Smtp:Timeout"] = "00:00:10",
        },
        TestServices = services => services.AddSingleton<TimeProvider>(Clock),
    };

}

public sealed class SqliteApplicantSiteFixture : ApplicantSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresApplicantSiteFixture : ApplicantSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
