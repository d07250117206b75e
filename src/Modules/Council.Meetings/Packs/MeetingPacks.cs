using System.Globalization;
using Cms.Core.Data;
using Cms.Core.Localization;
using Council.Meetings.Agenda;
using Council.Meetings.Conflicts;
using Council.Meetings.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Council.Meetings.Packs;

/// <summary>
/// Builds a meeting's pack for an audience from the agenda and the items' own modules (<see cref="IAgendaItemSource"/>);
/// the packs render only what this gives them. An item whose module is missing or whose source is gone is left out.
/// </summary>
public sealed class MeetingPacks(LtkDbContext db, IEnumerable<IAgendaItemSource> sources, IServiceProvider services, SiteTimeZone siteTime, TimeProvider clock)
{
    /// <summary>The meeting's pack, or null when there is no such meeting.</summary>
    public async Task<MeetingPack?> ForMeetingAsync(long meetingId, AgendaAudience audience, CancellationToken cancellationToken)
    {
        var meeting = await db.Set<Meeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        return meeting is null ? null : await BuildAsync(meeting, audience, cancellationToken);
    }

    /// <summary>
    /// The public agenda of the meeting on that date, or null when there is none or its agenda is not out yet: it is out
    /// once the agenda is locked (or the meeting held), or from its agenda deadline on. A cancelled meeting has none.
    /// </summary>
    public async Task<MeetingPack?> PublicAgendaAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(siteTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var meeting = await db.Set<Meeting>().AsNoTracking()
            .Where(m => m.Date == date && m.Status != MeetingStatus.Cancelled)
            .OrderBy(m => m.StartsUtc)
            .FirstOrDefaultAsync(cancellationToken);
        if (meeting is null || (meeting.Status == MeetingStatus.Planned && today < meeting.AgendaDeadline))
        {
            return null;
        }

        return await BuildAsync(meeting, AgendaAudience.Public, cancellationToken);
    }

    private async Task<MeetingPack> BuildAsync(Meeting meeting, AgendaAudience audience, CancellationToken cancellationToken)
    {
        var agenda = await db.Set<AgendaItem>().AsNoTracking()
            .Where(i => i.MeetingId == meeting.Id && i.Status != AgendaItemStatus.Withdrawn)
            .OrderBy(i => i.Position).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var byKind = sources.ToDictionary(s => s.Kind, StringComparer.Ordinal);

        // Conflicts come from the council's register when that part of the module is there; the public never sees them.
        var conflicts = audience == AgendaAudience.Members ? services.GetService<IAgendaConflicts>() : null;
        var items = new List<MeetingPackItem>();
        foreach (var row in agenda)
        {
            if (!byKind.TryGetValue(row.Kind, out var source) || await source.DescribeAsync(row.SourceId, audience, cancellationToken) is not { } details)
            {
                continue;
            }

            var itemConflicts = conflicts is null ? [] : await conflicts.ForItemAsync(row.Kind, row.SourceId, cancellationToken);
            items.Add(new MeetingPackItem(row.Position, details, itemConflicts));
        }

        var starts = siteTime.ToLocal(meeting.StartsUtc);
        return new MeetingPack(
            meeting.Id,
            meeting.Date,
            audience,
            meeting.Status,
            DanishDate(meeting.Date),
            starts.ToString("HH.mm", CultureInfo.InvariantCulture),
            meeting.Place,
            DanishDate(meeting.ItemDeadline),
            DanishDate(meeting.AgendaDeadline),
            meeting.ConcludedUtc is not null,
            items);
    }

    private static string DanishDate(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
