using Cms.Core.Data;
using Cms.Email.Models;
using Cms.Email.Services;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LtkSite.Tests.Integration;

public sealed class SqlitePickupSiteFixture : WorkSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override bool UseSmtp => false;
}

public sealed class PostgresPickupSiteFixture : WorkSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override bool UseSmtp => false;
}

public sealed class OutboxPickupTests_Sqlite(SqlitePickupSiteFixture fixture) : OutboxPickupTests<SqlitePickupSiteFixture>(fixture), IClassFixture<SqlitePickupSiteFixture>;

public sealed class OutboxPickupTests_Postgres(PostgresPickupSiteFixture fixture) : OutboxPickupTests<PostgresPickupSiteFixture>(fixture), IClassFixture<PostgresPickupSiteFixture>;

/// <summary>With no SMTP server configured, the site still "sends": each mail becomes an .eml file in the pickup folder.</summary>
public abstract class OutboxPickupTests<TFixture>(TFixture fixture) : SiteTest<TFixture>(fixture)
    where TFixture : WorkSiteFixture
{
    [Fact]
    public async Task Without_an_SMTP_host_a_mail_is_written_as_an_eml_file_to_the_pickup_folder()
    {
        var to = $"pickup-{Guid.NewGuid():N}"[..20] + "@example.org";
        var mail = await Site.WithScopeAsync(async services =>
        {
            var written = await services.GetRequiredService<IMailOutbox>().WriteAsync(new OutgoingMail("test:pickup:" + to, [to], "Nyhedsbrev", "Hej") { HtmlBody = "<p>Hej</p>" });
            await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            return written;
        });

        await Fixture.Runner.RunDueWorkAsync();

        var files = Directory.GetFiles(Fixture.PickupFolder, "*.eml");
        var message = files.Select(f => MimeMessage.Load(f)).Single(m => m.To.Mailboxes.Any(a => a.Address == to));
        Assert.Equal(mail.MessageId, message.MessageId);
        Assert.Equal("Nyhedsbrev", message.Subject);
        Assert.Contains("Hej", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("<p>Hej</p>", message.HtmlBody?.Trim());
        Assert.Empty(Directory.GetFiles(Fixture.PickupFolder, "*.tmp"));
        Assert.Equal(OutboxMailStatus.Sent, await Site.WithScopeAsync(services =>
            Task.FromResult(services.GetRequiredService<LtkDbContext>().Set<OutboxMail>().Single(m => m.Id == mail.Id).Status)));
    }

    [Fact]
    public async Task A_mail_with_blind_copies_is_written_without_its_Bcc_header_so_whoever_opens_the_file_cannot_see_them()
    {
        var to = $"open-{Guid.NewGuid():N}"[..20] + "@example.org";
        var blind = $"blind-{Guid.NewGuid():N}"[..20] + "@example.org";
        await Site.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IMailOutbox>().WriteAsync(new OutgoingMail("test:pickup-bcc:" + to, [to], "Referat", "Se referatet") { Cc = ["kopi@example.org"], Bcc = [blind] });
            return await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
        });

        await Fixture.Runner.RunDueWorkAsync();

        var file = Directory.GetFiles(Fixture.PickupFolder, "*.eml").Single(f => File.ReadAllText(f).Contains(to, StringComparison.Ordinal));
        var raw = await File.ReadAllTextAsync(file);
        Assert.DoesNotContain(blind, raw, StringComparison.OrdinalIgnoreCase);
        var message = MimeMessage.Load(file);
        Assert.Empty(message.Bcc);
        Assert.False(message.Headers.Contains(HeaderId.Bcc));
        Assert.Equal(["kopi@example.org"], message.Cc.Mailboxes.Select(m => m.Address));
        Assert.Equal([to], message.To.Mailboxes.Select(m => m.Address));
    }
}
