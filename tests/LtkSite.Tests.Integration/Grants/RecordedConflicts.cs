using Cms.Core.Data;
using Council.Meetings.Conflicts;
using Council.Meetings.Data;
using Microsoft.EntityFrameworkCore;

namespace LtkSite.Tests.Integration.Grants;

/// <summary>The members' conflicts as recorded on the agenda items, for tests that need a register whatever the council module does.</summary>
public sealed class RecordedConflicts(LtkDbContext db) : IAgendaConflicts
{
    public async Task<IReadOnlyList<AgendaConflictView>> ForItemAsync(string kind, string sourceId, CancellationToken cancellationToken) =>
        await db.Set<AgendaItemConflict>().AsNoTracking()
            .Where(c => db.Set<AgendaItem>().Any(i => i.Id == c.AgendaItemId && i.Kind == kind && i.SourceId == sourceId))
            .OrderBy(c => c.MemberName)
            .Select(c => new AgendaConflictView(c.MemberContentItemId, c.MemberName, c.Declared, c.Reason))
            .ToListAsync(cancellationToken);
}
