using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.Data;
using Cms.Core.Events;
using Cms.Workflows.Signals;
using Council.Meetings.Agenda;

namespace Council.Meetings.Workflows;

/// <summary>
/// Sends <see cref="MeetingSignals.MeetingConcluded"/> for every item of a concluded meeting, correlated by the item's source
/// (the application), so each workflow waiting for its meeting resumes. The signal id names the meeting and the item: sent
/// again, it is not delivered again.
/// </summary>
public sealed class MeetingConcludedSignals(IWorkflowSignals signals, LtkDbContext db) : IEventHandler<MeetingConcluded>
{
    public static string SignalId(long meetingId, ConcludedItem item) =>
        $"meeting-{meetingId.ToString(CultureInfo.InvariantCulture)}:{item.Kind}:{item.SourceId}";

    public async Task HandleAsync(MeetingConcluded @event, CancellationToken cancellationToken)
    {
        foreach (var item in @event.Items)
        {
            var input = new JsonObject
            {
                ["MeetingId"] = @event.MeetingId,
                ["MeetingDate"] = @event.MeetingDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
                ["Position"] = item.Position,
                ["Outcome"] = item.Outcome.ToString(),
            };
            await signals.SendAsync(MeetingSignals.MeetingConcluded, item.SourceId, input, SignalId(@event.MeetingId, item), cancellationToken);
        }

        // The event comes after the conclusion's commit: the queued signals are stored here, and the work loop sends them.
        await db.SaveChangesAsync(cancellationToken);
    }
}
