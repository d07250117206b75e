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
}
