using Cms.Contents.Events;
using Cms.Core.Data;
using Cms.Core.Events;
using Council.Meetings.Members;

namespace Council.Meetings.Conflicts;

/// <summary>
/// Keeps the flags of undecided items in step with the members' registers when a member is published, unpublished or
/// deleted. After the commit, because the directory reads the stored members; the flags are derived, so a failure is
/// made good by the next save.
/// </summary>
public sealed class MemberInterestsHandler(LtkDbContext db, AgendaConflicts conflicts) :
    IEventHandler<ContentPublished>, IEventHandler<ContentUnpublished>, IEventHandler<ContentDeleted>
{
    public EventDelivery Delivery => EventDelivery.AfterCommit;

    public Task HandleAsync(ContentPublished @event, CancellationToken cancellationToken) => SyncAsync(@event, cancellationToken);

    public Task HandleAsync(ContentUnpublished @event, CancellationToken cancellationToken) => SyncAsync(@event, cancellationToken);

    public Task HandleAsync(ContentDeleted @event, CancellationToken cancellationToken) => SyncAsync(@event, cancellationToken);

    private async Task SyncAsync(ContentEvent @event, CancellationToken cancellationToken)
    {
        // A term's years decide who is on the council for a meeting, so a changed term re-matches too.
        if (@event.Item.ContentType is not (CouncilMembers.MemberType or CouncilMembers.TermType))
        {
            return;
        }

        await conflicts.SyncAllOpenItemsAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
