using Cms.Core.Data;
using Cms.Core.Work;
using Cms.Email.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Email.Services;

/// <summary>
/// Delivers one outbox mail when the work queue runs its row: holds it while its recipients had their hour's share, sends it,
/// and marks it sent (saved with the row). A failure marks it retrying, or failed after the last attempt, with the error.
/// </summary>
public sealed class MailDeliveryHandler(LtkDbContext db, IMailTransport transport, TimeProvider clock, IOptions<EmailOptions> options) : IWorkHandler
{
    public const string WorkKind = "email.deliver";

    public string Kind => WorkKind;

    public int? MaxAttempts => options.Value.MaxAttempts;

    public async Task<WorkResult> HandleAsync(WorkContext work, CancellationToken cancellationToken)
    {
        var mail = await FindAsync(work, cancellationToken);
        if (mail is null or { Status: OutboxMailStatus.Sent or OutboxMailStatus.Stopped })
        {
            return WorkResult.Done;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await HeldUntilAsync(mail, now, cancellationToken) is { } until)
        {
            mail.Status = OutboxMailStatus.Held;
            mail.NextAttemptUtc = until;
            return WorkResult.Later(until, $"At most {options.Value.MaxPerRecipientPerHour} mails an hour go to one recipient.");
        }

        mail.Attempts = work.Attempt;
        await transport.SendAsync(MailMessageBuilder.Build(mail, clock.GetUtcNow()), cancellationToken);
        mail.Status = OutboxMailStatus.Sent;
        mail.SentUtc = now;
        mail.LastError = null;
        mail.NextAttemptUtc = null;
        return WorkResult.Done;
    }

    public async Task OnFailedAsync(WorkContext work, Exception exception, bool givingUp, CancellationToken cancellationToken)
    {
        if (await FindAsync(work, cancellationToken) is not { } mail)
        {
            return;
        }

        mail.Attempts = work.Attempt;
        mail.LastError = exception.Message.Length <= 2000 ? exception.Message : exception.Message[..2000];
        mail.Status = givingUp ? OutboxMailStatus.Failed : OutboxMailStatus.Retrying;
        mail.NextAttemptUtc = givingUp ? null : (await db.Set<WorkItem>().FindAsync([work.Id], cancellationToken))?.DueUtc;
    }

    private Task<OutboxMail?> FindAsync(WorkContext work, CancellationToken cancellationToken)
    {
        var messageId = work.Payload<MailDeliveryPayload>()?.MessageId ?? "";
        return db.Set<OutboxMail>().Include(m => m.Recipients).FirstOrDefaultAsync(m => m.MessageId == messageId, cancellationToken);
    }

    /// <summary>When a recipient has had the hour's share already: the time the oldest of those mails leaves the hour.</summary>
    private async Task<DateTime?> HeldUntilAsync(OutboxMail mail, DateTime now, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxPerRecipientPerHour;
        if (limit <= 0)
        {
            return null;
        }

        var since = now.AddHours(-1);
        var addresses = mail.Recipients.Select(r => r.Address).ToList();
        var sent = await db.Set<OutboxRecipient>()
            .Where(r => addresses.Contains(r.Address) && r.MailId != mail.Id)
            .Join(db.Set<OutboxMail>().Where(m => m.Status == OutboxMailStatus.Sent && m.SentUtc > since), r => r.MailId, m => m.Id, (r, m) => new { r.Address, m.SentUtc })
            .ToListAsync(cancellationToken);
        var full = sent.GroupBy(s => s.Address)
            .Where(g => g.Count() >= limit)
            .Select(g => g.OrderByDescending(s => s.SentUtc).Skip(limit - 1).First().SentUtc!.Value.AddHours(1))
            .ToList();
        return full.Count == 0 ? null : full.Max();
    }
}
