using Cms.Contents.Events;
using Cms.Core.Data;
using Cms.Core.Events;
using Council.Grants.Data;
using Microsoft.EntityFrameworkCore;

namespace Council.Grants.Handlers;

/// <summary>
/// A grant case purged for good (deleted, and past the restore period) takes along what the module keeps about it: the
/// reports with their lines and private links, the questions asked, the notes and its index row. Its files go with the
/// forms' own handler. The decisions and the pool's ledger stay: they are the pool's accounts, and the sums of past years
/// must not change when a case leaves the site.
/// </summary>
public sealed class GrantCasePurgeHandler(LtkDbContext db) : IEventHandler<ContentPurged>
{
    public async Task HandleAsync(ContentPurged @event, CancellationToken cancellationToken)
    {
        var ids = @event.ContentItemIds;
        var reports = db.Set<GrantReport>().Where(r => ids.Contains(r.ContentItemId));
        await db.Set<GrantReportLine>().Where(l => reports.Any(r => r.Id == l.GrantReportId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<GrantReportLink>().Where(l => reports.Any(r => r.Id == l.GrantReportId)).ExecuteDeleteAsync(cancellationToken);
        await reports.ExecuteDeleteAsync(cancellationToken);
        await db.Set<GrantInformationRequest>().Where(r => ids.Contains(r.ContentItemId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<GrantApplicationNote>().Where(n => ids.Contains(n.ContentItemId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<GrantApplicationIndex>().Where(i => ids.Contains(i.ContentItemId)).ExecuteDeleteAsync(cancellationToken);
    }
}
