using Cms.Email.Models;
using Cms.Email.Services;

namespace LtkSite.Tests.Unit.Email;

/// <summary>The MIME message an outbox row becomes: its addresses in the right places, its Message-ID, both parts.</summary>
public sealed class MailMessageBuilderTests
{
    [Fact]
    public void Blind_copies_are_recipients_of_the_message_that_MailKit_sends_in_the_envelope_only()
    {
        var mail = new OutboxMail
        {
            MessageId = "abc@ltk.dk",
            From = "Integrationsrådet <integrationsraadet@ltk.dk>",
            To = "sekretariat@ltk.dk",
            Cc = "formand@ltk.dk",
            Bcc = "arkiv@ltk.dk, journal@ltk.dk",
            Subject = "Ny ansøgning",
            TextBody = "Se ansøgningen.",
            HtmlBody = "<p>Se ansøgningen.</p>",
        };

        var message = MailMessageBuilder.Build(mail, DateTimeOffset.UnixEpoch);

        Assert.Equal(["arkiv@ltk.dk", "journal@ltk.dk"], message.Bcc.Mailboxes.Select(m => m.Address));
        Assert.Equal("sekretariat@ltk.dk", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("formand@ltk.dk", Assert.Single(message.Cc.Mailboxes).Address);
        Assert.Equal("abc@ltk.dk", message.MessageId);
        Assert.Equal("Se ansøgningen.", message.TextBody);
        Assert.Equal("<p>Se ansøgningen.</p>", message.HtmlBody);
    }
}
