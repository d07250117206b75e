using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Cms.Core.Data;
using Cms.Core.Work;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LtkSite.Tests.Integration;

/// <summary>
/// A site on a fake clock with a test kind of queued work, and an SMTP address on 127.0.0.1 where the tests start (and stop)
/// their own server. The work loop does not run on its own; tests run the queue with <see cref="Runner"/>.
/// </summary>
public abstract class WorkSiteFixture : SiteFixture
{
    // Whole seconds: PostgreSQL keeps microseconds, so times read back compare equal.
    protected WorkSiteFixture()
        : this(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()))
    {
    }

    /// <summary>A site whose clock starts at <paramref name="start"/>, for tests that live through a given year's meetings.</summary>
    protected WorkSiteFixture(DateTimeOffset start) => Clock = new(start);

    public FakeTimeProvider Clock { get; }

    public WorkProbe Probe { get; } = new();

    /// <summary>A free port on 127.0.0.1 for the SMTP server; nothing listens there until a test starts one.</summary>
    public int SmtpPort { get; } = FreePort();

    /// <summary>Where mails go when no SMTP host is set (<see cref="UseSmtp"/> false).</summary>
    public string PickupFolder { get; } = Path.Combine(Path.GetTempPath(), "ltk-tests", "pickup-" + Guid.NewGuid().ToString("N"));

    protected virtual bool UseSmtp => true;

    public WorkRunner Runner => Site.Services.GetRequiredService<WorkRunner>();

    protected override SiteFactory CreateSite(TestDatabase database)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Work:MaxAttempts"] = "3",
            ["Email:From"] = "Integrationsrådet <integrationsraadet@ltk.dk>",
            ["Email:PickupFolder"] = PickupFolder,
            ["Email:MaxPerRecipientPerHour"] = "2",
            ["Email:MaxAttempts"] = "3",
            // Small batches, so the housekeeping tests go through more than one; a retention of 60 days rather than the
            // default year, because a fake clock moved on by a year fires every periodic timer of the site all the way.
            ["Workflows:Housekeeping:BatchSize"] = "2",
            ["Workflows:Housekeeping:FinishedInstanceDays"] = "60",
            ["Work:CleanupBatchSize"] = "2",
        };
        if (UseSmtp)
        {
            settings["Email:Smtp:Host"] = "127.0.0.1";
            settings["Email:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Email:Smtp:Tls"] = "None";
            settings["Email:Smtp:Timeout"] = "00:00:10";
        }

        return new SiteFactory(database)
        {
            Settings = settings,
            TestServices = services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddSingleton(Probe);
                services.AddWorkHandler<ProbeWorkHandler>();
                services.AddWorkHandler<ConflictingWorkHandler>();
                services.AddScoped<Cms.Email.Services.IMailBudget, TestMailBudget>();
            },
        };
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on now.</summary>
    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

public sealed class SqliteWorkSiteFixture : WorkSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresWorkSiteFixture : WorkSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>What the test handler ran: each key once per run.</summary>
public sealed class WorkProbe
{
    private readonly ConcurrentQueue<string> _runs = new();

    public int RunsOf(string key) => _runs.Count(k => k == key);

    public void Record(string key) => _runs.Enqueue(key);
}

/// <summary>The test kind of work: records the run, and fails when its payload says so.</summary>
public sealed class ProbeWorkHandler(WorkProbe probe) : IWorkHandler
{
    public const string WorkKind = "test.probe";

    public string Kind => WorkKind;

    public async Task<WorkResult> HandleAsync(WorkContext work, CancellationToken cancellationToken)
    {
        // Lets two runners working at once interleave.
        await Task.Yield();
        probe.Record(work.Key);
        if (work.Payload<ProbePayload>() is { Fail: true })
        {
            throw new InvalidOperationException("The probe was told to fail.");
        }

        return WorkResult.Done;
    }
}

public sealed record ProbePayload(bool Fail);

/// <summary>A budget as the workflow engine sets one: at most two mails per "budget:{instance}/" source.</summary>
public sealed class TestMailBudget : Cms.Email.Services.IMailBudget
{
    public Cms.Email.Services.MailBudget? For(string source) =>
        source.StartsWith("budget:", StringComparison.Ordinal) ? new(source[..(source.IndexOf('/', StringComparison.Ordinal) + 1)], 2) : null;
}
