using Cms.Core.Data;
using Cms.Core.Work;
using Cms.Email.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cms.Email.Services;

/// <summary>The scoped <see cref="IMailOutbox"/>: the mail and its delivery row go into the caller's context.</summary>
public sealed class MailOutbox(LtkDbContext db, IWorkQueue queue, TimeProvider clock, IOptions<EmailOptions> options, IEnumerable<IMailBudget> budgets) : IMailOutbox
{
    public async Task<OutboxMail> WriteAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var to = Addresses(mail.To, nameof(mail.To));
        if (to.Count == 0)
        {
            throw new ArgumentException("A mail needs at least one recipient.", nameof(mail));
        }

        var cc = Addresses(mail.Cc, nameof(mail.Cc));
        var bcc = Addresses(mail.Bcc, nameof(mail.Bcc));
        var from = options.Value.From;
        var messageId = MessageIds.For(mail.Key, from);
        var existing = db.Set<OutboxMail>().Local.FirstOrDefault(m => m.MessageId == messageId)
            ?? await db.Set<OutboxMail>().FirstOrDefaultAsync(m => m.MessageId == messageId, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var stopped = await OverBudgetAsync(mail.Source, cancellationToken);
        var row = new OutboxMail
        {
            MessageId = messageId,
            From = from,
            To = string.Join(", ", to),
            Cc = cc.Count == 0 ? null : string.Join(", ", cc),
            Bcc = bcc.Count == 0 ? null : string.Join(", ", bcc),
            ReplyTo = string.IsNullOrWhiteSpace(mail.ReplyTo) ? null : mail.ReplyTo.Trim(),
            Subject = mail.Subject,
            TextBody = mail.TextBody,
            HtmlBody = mail.HtmlBody,
            Link = mail.Link,
            Source = mail.Source,
            Status = stopped ? OutboxMailStatus.Stopped : OutboxMailStatus.Queued,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Recipients = to.Concat(cc).Concat(bcc).Select(a => a.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Select(a => new OutboxRecipient { Address = a }).ToList(),
        };
        db.Set<OutboxMail>().Add(row);
        if (!stopped)
        {
            await QueueAsync(row, cancellationToken);
        }

        return row;
    }

    public async Task<bool> ResendAsync(long mailId, CancellationToken cancellationToken = default)
    {
        var mail = await db.Set<OutboxMail>().FirstOrDefaultAsync(m => m.Id == mailId, cancellationToken);
        if (mail is null or { Status: OutboxMailStatus.Sent })
        {
            return false;
        }

        mail.Status = OutboxMailStatus.Queued;
        mail.Attempts = 0;
        mail.LastError = null;
        mail.NextAttemptUtc = null;
        if (!await queue.RetryNowAsync(WorkKey(mail.MessageId), cancellationToken))
        {
            await QueueAsync(mail, cancellationToken);
        }

        return true;
    }

    /// <summary>The work-queue key of a mail's delivery.</summary>
    public static string WorkKey(string messageId) => "email:" + messageId;

    // The row's id is not known before the save, so the delivery names the mail by its Message-ID.
    private Task<bool> QueueAsync(OutboxMail mail, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(MailDeliveryHandler.WorkKind, WorkKey(mail.MessageId), new MailDeliveryPayload(mail.MessageId), cancellationToken: cancellationToken);

    private async Task<bool> OverBudgetAsync(string source, CancellationToken cancellationToken)
    {
        foreach (var budget in budgets.Select(b => b.For(source)).OfType<MailBudget>())
        {
            var prefix = budget.SourcePrefix;
            var written = db.Set<OutboxMail>().Local.Count(m => m.Source.StartsWith(prefix, StringComparison.Ordinal) && db.Entry(m).State == EntityState.Added)
                + await db.Set<OutboxMail>().CountAsync(m => m.Source.StartsWith(prefix) && m.Status != OutboxMailStatus.Stopped, cancellationToken);
            if (written >= budget.Limit)
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Addresses(IReadOnlyList<string> values, string field)
    {
        var result = new List<string>();
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            if (!MailboxAddress.TryParse(value.Trim(), out var address) || !address.Address.Contains('@', StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{value}' in {field} is not an e-mail address.", field);
            }

            result.Add(address.Address);
        }

        return result;
    }
}
