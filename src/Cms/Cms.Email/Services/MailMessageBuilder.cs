using Cms.Email.Models;
using MimeKit;

namespace Cms.Email.Services;

/// <summary>Turns an outbox row into the MIME message that is sent: its Message-ID, the text part and, if any, the HTML part.</summary>
public static class MailMessageBuilder
{
    public static MimeMessage Build(OutboxMail mail, DateTimeOffset date)
    {
        var message = new MimeMessage { MessageId = mail.MessageId, Subject = mail.Subject, Date = date };
        message.From.Add(MailboxAddress.Parse(mail.From));
        message.To.AddRange(Split(mail.To));
        message.Cc.AddRange(Split(mail.Cc));
        // MailKit puts Bcc in the envelope and leaves the header out of what it sends.
        message.Bcc.AddRange(Split(mail.Bcc));
        if (mail.ReplyTo is { } replyTo)
        {
            message.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }

        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }

    private static IEnumerable<MailboxAddress> Split(string? addresses) =>
        (addresses ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(MailboxAddress.Parse);
}
