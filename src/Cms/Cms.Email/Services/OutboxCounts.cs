using Cms.Core.Data;
using Cms.Email.Models;
using Microsoft.EntityFrameworkCore;

namespace Cms.Email.Services;

/// <summary>The outbox's backlog (mails not yet sent that will be: queued, retrying, held) and its failed mails.</summary>
public sealed record OutboxCounts(int Backlog, int Failed)
{
    public static async Task<OutboxCounts> ReadAsync(LtkDbContext db, CancellationToken cancellationToken)
    {
        var byStatus = await db.Set<OutboxMail>().AsNoTracking()
            // The statuses named, not "not sent": sent mails pile up over the years, and the index is then read only
            // for the few rows that count.
            .Where(m => m.Status == OutboxMailStatus.Queued || m.Status == OutboxMailStatus.Retrying || m.Status == OutboxMailStatus.Held
                || m.Status == OutboxMailStatus.Failed || m.Status == OutboxMailStatus.Stopped)
            .GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var backlog = byStatus.Where(s => s.Status is OutboxMailStatus.Queued or OutboxMailStatus.Retrying or OutboxMailStatus.Held).Sum(s => s.Count);
        var failed = byStatus.Where(s => s.Status is OutboxMailStatus.Failed or OutboxMailStatus.Stopped).Sum(s => s.Count);
        return new OutboxCounts(backlog, failed);
    }
}
