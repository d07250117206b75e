using System.Net;
using System.Text.Json;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Health;
using Cms.Core.Localization;
using Cms.Core.Security;
using Cms.Core.Work;
using Cms.Email.Models;
using Cms.Email.Services;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;

namespace LtkSite.Tests.Integration;

public sealed class OutboxTests_Sqlite(SqliteWorkSiteFixture fixture) : OutboxTests<SqliteWorkSiteFixture>(fixture), IClassFixture<SqliteWorkSiteFixture>;

public sealed class OutboxTests_Postgres(PostgresWorkSiteFixture fixture) : OutboxTests<PostgresWorkSiteFixture>(fixture), IClassFixture<PostgresWorkSiteFixture>;

/// <summary>
/// The mail outbox against a real SMTP server on 127.0.0.1 that the test starts and stops: mails are written with the change,
/// delivered once with their Message-ID, retried while the server is down, listed and resent at /admin/outbox.
/// </summary>
public abstract class OutboxTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : WorkSiteFixture
{
    private const string Password = "Outbox-test-password-1";

    private static string NewAddress(string who) => TestSmtp.NewAddress(who);

    private SimpleSmtpServer StartSmtp() => TestSmtp.Start(Fixture.SmtpPort);

    private Task<OutboxMail> WriteAsync(string key, string to, string subject = "Ansøgning modtaget – tak", string source = "test") =>
        Site.WithScopeAsync(async services =>
        {
            var mail = await services.GetRequiredService<IMailOutbox>().WriteAsync(new OutgoingMail(key, [to], subject, "Kære ansøger\n\nTak for din ansøgning.")
            {
                HtmlBody = "<p>Kære ansøger</p><p>Tak for din <strong>ansøgning</strong>.</p>",
                ReplyTo = "sekretariat@ltk.dk",
                Link = "/admin/applications/42",
                Source = source,
            });
            await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            return mail;
        });

    private Task<OutboxMail> MailAsync(long id) =>
        Site.WithScopeAsync(services => services.GetRequiredService<LtkDbContext>().Set<OutboxMail>().AsNoTracking().SingleAsync(m => m.Id == id));

    private static MimeMessage Parse(SmtpMessage message) => TestSmtp.Parse(message);

    /// <summary>Mails that failed while the server was away are what the test is about.</summary>
    private void ExpectDeliveryFailures() => Site.Logs.Expect(e => e.Category == typeof(WorkRunner).FullName);

    [Fact]
    public async Task A_mail_is_delivered_to_the_SMTP_server_once_with_its_Message_ID_subject_and_both_bodies()
    {
        using var smtp = StartSmtp();
        var to = NewAddress("applicant");
        var mail = await WriteAsync("test:deliver:" + Guid.NewGuid(), to);
        Assert.Equal(OutboxMailStatus.Queued, mail.Status);

        await Fixture.Runner.RunDueWorkAsync();
        await Fixture.Runner.RunDueWorkAsync();

        var received = Assert.Single(smtp.ReceivedEmail, m => m.ToAddresses.Any(a => a.Address == to));
        var message = Parse(received);
        Assert.Equal(mail.MessageId, message.MessageId);
        Assert.Equal("Ansøgning modtaget – tak", message.Subject);
        Assert.Contains("Tak for din ansøgning.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>ansøgning</strong>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("sekretariat@ltk.dk", Assert.Single(message.ReplyTo.Mailboxes).Address);
        Assert.Equal("integrationsraadet@ltk.dk", Assert.Single(message.From.Mailboxes).Address);
        var stored = await MailAsync(mail.Id);
        Assert.Equal(OutboxMailStatus.Sent, stored.Status);
        Assert.Equal(Fixture.Clock.GetUtcNow().UtcDateTime, stored.SentUtc);
    }

    [Fact]
    public async Task The_same_key_written_twice_is_one_mail_and_a_rolled_back_change_writes_none()
    {
        var key = "test:once:" + Guid.NewGuid();
        var to = NewAddress("once");
        var first = await WriteAsync(key, to);
        var second = await WriteAsync(key, to, subject: "A different subject");
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.MessageId, second.MessageId);

        var rolledBack = "test:rollback:" + Guid.NewGuid();
        await Site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LtkDbContext>();
            await using var unit = await db.BeginUnitOfWorkAsync();
            await services.GetRequiredService<IMailOutbox>().WriteAsync(new OutgoingMail(rolledBack, [to], "Rolled back", "Text"));
            await db.SaveChangesAsync();
            await unit.RollbackAsync();
            return true;
        });

        var mails = await Site.WithScopeAsync(services => services.GetRequiredService<LtkDbContext>().Set<OutboxMail>().AsNoTracking()
            .Where(m => m.Recipients.Any(r => r.Address == to)).ToListAsync());
        var only = Assert.Single(mails);
        Assert.Equal("Ansøgning modtaget – tak", only.Subject);
        Assert.Equal(1, await Site.WithScopeAsync(services => services.GetRequiredService<LtkDbContext>().Set<WorkItem>().CountAsync(w => w.Key == MailOutbox.WorkKey(first.MessageId))));
    }

    [Fact]
    public async Task While_the_SMTP_server_is_down_a_mail_is_retrying_with_its_error_shown_and_goes_out_once_when_it_is_back()
    {
        var to = NewAddress("down");
        var mail = await WriteAsync("test:down:" + Guid.NewGuid(), to, subject: "Mødeindkaldelse " + to[..8]);

        await Fixture.Runner.RunDueWorkAsync();
        var retrying = await MailAsync(mail.Id);
        Assert.Equal(OutboxMailStatus.Retrying, retrying.Status);
        Assert.False(string.IsNullOrEmpty(retrying.LastError));
        Assert.Equal(1, retrying.Attempts);

        await Client.LoginAsAdminAsync();
        var list = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/outbox?status=Retrying"));
        Assert.Contains("Mødeindkaldelse " + to[..8], list, StringComparison.Ordinal);
        Assert.Contains(retrying.LastError!, list, StringComparison.Ordinal);
        Assert.Contains("Prøver igen", list, StringComparison.Ordinal);
        var next = Site.Services.GetRequiredService<SiteTimeZone>().FormatDateTime(Fixture.Clock.GetUtcNow().UtcDateTime.AddSeconds(30));
        Assert.Contains("Næste forsøg " + next, list, StringComparison.Ordinal);

        using var smtp = StartSmtp();
        // The pause after the failure is not over yet: nothing is sent.
        await Fixture.Runner.RunDueWorkAsync();
        Assert.DoesNotContain(smtp.ReceivedEmail, m => m.ToAddresses.Any(a => a.Address == to));

        Fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        await Fixture.Runner.RunDueWorkAsync();
        Fixture.Clock.Advance(TimeSpan.FromHours(2));
        await Fixture.Runner.RunDueWorkAsync();

        var received = Assert.Single(smtp.ReceivedEmail, m => m.ToAddresses.Any(a => a.Address == to));
        Assert.Equal(mail.MessageId, Parse(received).MessageId);
        var sent = await MailAsync(mail.Id);
        Assert.Equal(OutboxMailStatus.Sent, sent.Status);
        Assert.Null(sent.LastError);
        ExpectDeliveryFailures();
    }

    [Fact]
    public async Task An_administrator_resends_a_failed_mail_a_secretary_only_reads_and_an_editor_is_refused()
    {
        var to = NewAddress("failed");
        var mail = await WriteAsync("test:failed:" + Guid.NewGuid(), to, subject: "Afgørelse " + to[..8]);
        // Server down for every attempt (the test site allows three).
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Fixture.Runner.RunDueWorkAsync();
            Fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        var failed = await MailAsync(mail.Id);
        Assert.Equal(OutboxMailStatus.Failed, failed.Status);

        await Client.LoginAsAdminAsync();
        var detailUrl = "/admin/outbox/" + mail.Id;
        var detail = await Client.GetStringAsync(detailUrl);
        Assert.Contains("&lt;" + mail.MessageId + "&gt;", detail, StringComparison.Ordinal);
        Assert.Contains("Tak for din ansøgning.", WebUtility.HtmlDecode(detail), StringComparison.Ordinal);
        // The HTML body is shown as its source, never as markup of the page.
        Assert.Contains("&lt;strong&gt;", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>ansøgning</strong>", WebUtility.HtmlDecode(detail.Replace("&lt;", "[lt]", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("Mislykket", WebUtility.HtmlDecode(detail), StringComparison.Ordinal);

        var secretary = "outbox-sec-" + Guid.NewGuid().ToString("N")[..6];
        await Site.CreateUserAsync(secretary, Password, CmsRoles.Secretariat);
        using var secretaryClient = Site.CreateClient();
        await secretaryClient.LoginAsync(secretary, Password);
        var secretaryView = await secretaryClient.GetAsync(detailUrl);
        Assert.Equal(HttpStatusCode.OK, secretaryView.StatusCode);
        Assert.DoesNotContain("/resend", await secretaryView.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refusedResend = await secretaryClient.PostFormAsync(detailUrl, detailUrl + "/resend", []);
        Assert.Equal("/access-denied", refusedResend.Headers.Location!.AbsolutePath);

        var editor = "outbox-ed-" + Guid.NewGuid().ToString("N")[..6];
        await Site.CreateUserAsync(editor, Password, CmsRoles.Editor);
        using var editorClient = Site.CreateClient();
        await editorClient.LoginAsync(editor, Password);
        var refused = await editorClient.GetAsync("/admin/outbox");
        Assert.Equal("/access-denied", refused.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, (await editorClient.GetAsync(refused.Headers.Location)).StatusCode);
        Assert.Equal(OutboxMailStatus.Failed, (await MailAsync(mail.Id)).Status);

        using var smtp = StartSmtp();
        var resent = await Client.PostFormAsync(detailUrl, detailUrl + "/resend", []);
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Contains("sat i kø til at blive sendt igen", WebUtility.HtmlDecode(await Client.GetStringAsync(resent.Headers.Location)), StringComparison.Ordinal);
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Single(smtp.ReceivedEmail, m => m.ToAddresses.Any(a => a.Address == to));
        Assert.Equal(OutboxMailStatus.Sent, (await MailAsync(mail.Id)).Status);

        var audit = await Site.WithScopeAsync(services => services.GetRequiredService<LtkDbContext>().Set<AuditTrailEvent>().AsNoTracking()
            .SingleAsync(e => e.Category == "Outbox" && e.ObjectId == mail.MessageId));
        Assert.Equal("Resent", audit.EventName);
        Assert.Equal("admin", audit.UserName);
        ExpectDeliveryFailures();
    }

    [Fact]
    public async Task Mails_over_the_hourly_rate_to_one_recipient_are_held_and_go_out_when_the_hour_has_passed()
    {
        using var smtp = StartSmtp();
        var to = NewAddress("rate");
        var mails = new List<OutboxMail>();
        for (var i = 0; i < 3; i++)
        {
            mails.Add(await WriteAsync($"test:rate:{to}:{i}", to, subject: "Påmindelse " + i));
        }

        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(2, smtp.ReceivedEmail.Count(m => m.ToAddresses.Any(a => a.Address == to)));
        var held = await MailAsync(mails[2].Id);
        Assert.Equal(OutboxMailStatus.Held, held.Status);
        Assert.Equal(Fixture.Clock.GetUtcNow().UtcDateTime.AddHours(1), held.NextAttemptUtc);

        await Client.LoginAsAdminAsync();
        Assert.Contains("Modtageren har fået timens andel af mails", WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/outbox/" + held.Id)), StringComparison.Ordinal);

        Fixture.Clock.Advance(TimeSpan.FromHours(1));
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(3, smtp.ReceivedEmail.Count(m => m.ToAddresses.Any(a => a.Address == to)));
        Assert.Equal(OutboxMailStatus.Sent, (await MailAsync(mails[2].Id)).Status);
    }

    [Fact]
    public async Task A_source_over_its_budget_writes_its_mail_stopped_and_nothing_is_queued_for_it()
    {
        var instance = "budget:" + Guid.NewGuid().ToString("N")[..8] + "/";
        var mails = new List<OutboxMail>();
        for (var i = 0; i < 3; i++)
        {
            mails.Add(await WriteAsync(instance + "mail/" + i, NewAddress("budget" + i), subject: "Løkke " + i, source: instance + "mail/" + i));
        }

        Assert.Equal([OutboxMailStatus.Queued, OutboxMailStatus.Queued, OutboxMailStatus.Stopped], mails.Select(m => m.Status));
        Assert.Equal(0, await Site.WithScopeAsync(services => services.GetRequiredService<LtkDbContext>().Set<WorkItem>().CountAsync(w => w.Key == MailOutbox.WorkKey(mails[2].MessageId))));

        await Client.LoginAsAdminAsync();
        Assert.Contains("Afsenderen havde brugt sit budget af mails", WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/outbox/" + mails[2].Id)), StringComparison.Ordinal);
        using var smtp = StartSmtp();
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(OutboxMailStatus.Stopped, (await MailAsync(mails[2].Id)).Status);
        Assert.Equal(OutboxMailStatus.Sent, (await MailAsync(mails[1].Id)).Status);
    }

    [Fact]
    public async Task Health_reports_the_outbox_backlog_and_the_oldest_due_work_and_degrades_when_it_waits_too_long()
    {
        var mail = await WriteAsync("test:health:" + Guid.NewGuid(), NewAddress("health"));
        var body = (await FreshHealthAsync()).GetProperty("checks");
        Assert.True(body.GetProperty("outbox").GetProperty("data").GetProperty("backlog").GetInt32() >= 1);
        Assert.True(body.GetProperty("work").GetProperty("data").GetProperty("due").GetInt32() >= 1);

        Fixture.Clock.Advance(TimeSpan.FromMinutes(11));
        var late = await Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var lateBody = JsonDocument.Parse(await late.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Degraded", lateBody.GetProperty("status").GetString());
        var work = lateBody.GetProperty("checks").GetProperty("work");
        Assert.Equal("Degraded", work.GetProperty("status").GetString());
        Assert.True(work.GetProperty("data").GetProperty("oldestDueSeconds").GetInt64() >= 660);
        // The health service logs the degraded check; that is what this part of the test is about.
        Site.Logs.Expect(e => e.Category.StartsWith("Microsoft.Extensions.Diagnostics.HealthChecks", StringComparison.Ordinal));

        using var smtp = StartSmtp();
        await Fixture.Runner.RunDueWorkAsync();
        Assert.Equal(OutboxMailStatus.Sent, (await MailAsync(mail.Id)).Status);
        var after = await FreshHealthAsync();
        Assert.Equal("Healthy", after.GetProperty("checks").GetProperty("work").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_answers_the_outbox_and_work_figures_from_its_last_check_for_a_second()
    {
        var before = (await FreshHealthAsync()).GetProperty("checks");
        await WriteAsync("test:health-window:" + Guid.NewGuid(), NewAddress("window"));

        // Within the second the probes get the last check's figures, so a flood of probes costs the database nothing.
        Fixture.Clock.Advance(SharedHealthCheck.CountsLifetime - TimeSpan.FromMilliseconds(1));
        var within = JsonDocument.Parse(await Client.GetStringAsync("/health")).RootElement.GetProperty("checks");
        Assert.Equal(Backlog(before), Backlog(within));
        Assert.Equal(Due(before), Due(within));

        Fixture.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var later = JsonDocument.Parse(await Client.GetStringAsync("/health")).RootElement.GetProperty("checks");
        Assert.Equal(Backlog(before) + 1, Backlog(later));
        Assert.True(Due(later) >= Due(before) + 1);

        static int Backlog(JsonElement checks) => checks.GetProperty("outbox").GetProperty("data").GetProperty("backlog").GetInt32();
        static int Due(JsonElement checks) => checks.GetProperty("work").GetProperty("data").GetProperty("due").GetInt32();
    }

    /// <summary>The work and outbox figures answer from their last check for a second: a probe after it sees what is now.</summary>
    private async Task<JsonElement> FreshHealthAsync()
    {
        Fixture.Clock.Advance(SharedHealthCheck.CountsLifetime);
        return JsonDocument.Parse(await Client.GetStringAsync("/health")).RootElement;
    }
}
