using Cms.Core.Data;
using Cms.Core.Events;
using Council.Meetings.Agenda;
using Council.Meetings.Data;
using Microsoft.EntityFrameworkCore;

namespace Council.Meetings.Conflicts;

/// <summary>
/// Flags the members whose register matches an item once it is routed (to an agenda or the queue). After the commit,
/// because a new item has no id until it is stored; the flags are derived, so a failure here is made good the next time
/// a register is saved.
/// </summary>
public sealed class ConflictsOnRoutedItem(LtkDbContext db, AgendaConflicts conflicts) : IEventHandler<AgendaItemRouted>
{
    public EventDelivery Delivery => EventDelivery.AfterCommit;

    public async Task HandleAsync(AgendaItemRouted @event, CancellationToken cancellationToken)
    {
        var item = await db.Set<AgendaItem>().FirstOrDefaultAsync(i => i.Kind == @event.Kind && i.SourceId == @event.SourceId, cancellationToken);
        if (item is null)
        {
            return;
        }

        await conflicts.SyncItemsAsync([item], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
