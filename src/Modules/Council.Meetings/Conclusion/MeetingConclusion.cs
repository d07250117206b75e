using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Events;
using Council.Meetings.Agenda;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Council.Meetings.Minutes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Conclusion;

/// <summary>
/// Concludes a meeting (issue 11, point 7): refused while an item has no outcome or too few members may take part in it;
/// then the meeting is held, deferred items go to the next planned meeting (the queue when there is none), the others are
/// decided, the minutes' first draft is written, and <see cref="MeetingConcluded"/> is published after the commit, once.
/// </summary>
public sealed class MeetingConclusion(
    LtkDbContext db,
    MeetingFactsReader reader,
    IAgendaRouting routing,
    MinutesDraftBuilder minutes,
    IEventPublisher events,
    AuditTrailService audit,
    TimeProvider clock,
    IStringLocalizer<MeetingStrings> T)
{
    public const string AuditCategory = "Meetings";

    public async Task<ConclusionReview?> ReviewAsync(long meetingId, CancellationToken cancellationToken)
    {
        var facts = await reader.ReadAsync(meetingId, cancellationToken);
        if (facts is null)
        {
            return null;
        }

        var meeting = facts.Meeting;
        var next = await db.Set<Meeting>().AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Planned && m.Id != meeting.Id && (m.Date > meeting.Date || (m.Date == meeting.Date && m.StartsUtc > meeting.StartsUtc)))
            .OrderBy(m => m.Date).ThenBy(m => m.StartsUtc)
            .FirstOrDefaultAsync(cancellationToken);
        return new ConclusionReview(facts, meeting.ConcludedUtc is null ? Problems(facts) : [], next);
    }

    /// <summary>Concludes the meeting; a second call changes and sends nothing.</summary>
    public async Task<(ConclusionResult Result, ConclusionReview? Review)> ConcludeAsync(long meetingId, string userName, CancellationToken cancellationToken)
    {
        var review = await ReviewAsync(meetingId, cancellationToken);
        if (review is null)
        {
            return (ConclusionResult.NotFound, null);
        }

        if (review.IsConcluded)
        {
            return (ConclusionResult.AlreadyConcluded, review);
        }

        if (!review.CanConclude)
        {
            return (ConclusionResult.Refused, review);
        }

        var meeting = review.Facts.Meeting;
        var now = clock.GetUtcNow().UtcDateTime;
        if (string.IsNullOrWhiteSpace(meeting.MinutesDraft))
        {
            // Written now, while the deferred items are still on this agenda under their numbers.
            meeting.MinutesDraft = await minutes.BuildAsync(review.Facts, cancellationToken);
        }

        meeting.Status = MeetingStatus.Held;
        meeting.ConcludedUtc = now;
        meeting.ModifiedUtc = now;
        meeting.ConcurrencyStamp = Guid.NewGuid();

        var concluded = new List<ConcludedItem>();
        var date = meeting.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        foreach (var entry in review.Facts.Items)
        {
            var item = entry.Item;
            concluded.Add(new ConcludedItem(item.Kind, item.SourceId, item.Position, item.Outcome, [.. entry.Conflicts.Select(c => c.MemberName)]));
            if (item.Outcome == AgendaItemOutcome.Deferred)
            {
                await routing.MoveAsync(item.Id, review.NextMeeting?.Id, DanishText.Of(() => T["Deferred at the meeting on {0}", date].Value), userName, cancellationToken);
                // The next meeting decides it afresh.
                item.Outcome = AgendaItemOutcome.None;
                item.OutcomeText = "";
            }
            else
            {
                item.Status = AgendaItemStatus.Decided;
                item.ModifiedUtc = now;
                item.ConcurrencyStamp = Guid.NewGuid();
            }
        }

        audit.Record(new AuditTrailEntry(AuditCategory, "Concluded", meeting.Id.ToString(CultureInfo.InvariantCulture), T["Meeting on {0}", date])
        {
            ObjectType = nameof(Meeting),
            After = new JsonObject
            {
                ["Items"] = concluded.Count,
                ["Deferred"] = concluded.Count(c => c.Outcome == AgendaItemOutcome.Deferred),
                ["DeferredTo"] = review.NextMeeting?.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            },
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone concluded it (or changed it) at the same moment: their save stands and sends the decisions once.
            db.ChangeTracker.Clear();
            return (ConclusionResult.AlreadyConcluded, await ReviewAsync(meetingId, cancellationToken));
        }

        // Nothing is waiting to be saved now, so the handlers run at once, on the stored conclusion.
        await events.PublishAsync(new MeetingConcluded(meeting.Id, meeting.Date, concluded), cancellationToken);
        return (ConclusionResult.Concluded, await ReviewAsync(meetingId, cancellationToken));
    }

    private List<string> Problems(MeetingFacts facts)
    {
        var problems = new List<string>();
        var meeting = facts.Meeting;
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            problems.Add(T["The meeting was cancelled."]);
            return problems;
        }

        if (facts.Members.Count == 0)
        {
            problems.Add(T["No council members are registered for {0}; quorum cannot be counted. Publish the members first.", meeting.Date.Year]);
        }

        foreach (var entry in facts.Items.Where(i => i.Item.Outcome == AgendaItemOutcome.None))
        {
            problems.Add(T["Item {0} ({1}) has no decision yet.", entry.Item.Position, entry.Item.Title]);
        }

        if (facts.Members.Count == 0)
        {
            return problems;
        }

        if (facts.PresentIds.Count < facts.Quorum)
        {
            problems.Add(T["Only {0} of the {1} members are recorded as present; at least {2} must be present. Record the attendance on the meeting's page.", facts.PresentIds.Count, facts.Members.Count, facts.Quorum]);
            return problems;
        }

        foreach (var entry in facts.Items)
        {
            var voting = facts.Voting(entry);
            if (voting < facts.Quorum)
            {
                problems.Add(T["Item {0} ({1}) lacks a quorum: {2} of the {3} members present may take part ({4} take no part because of a conflict of interest); at least {5} are needed.",
                    entry.Item.Position, entry.Item.Title, voting, facts.PresentIds.Count, facts.PresentIds.Count - voting, facts.Quorum]);
            }
        }

        return problems;
    }
}
