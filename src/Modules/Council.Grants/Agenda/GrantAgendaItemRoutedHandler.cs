using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Events;
using Council.Grants.Models;
using Council.Meetings.Agenda;
using Council.Meetings.Data;

namespace Council.Grants.Agenda;

/// <summary>
/// Keeps an application in step with its agenda item when the secretariat moves it, a meeting is cancelled or planned
/// (the queue drained): on a meeting it is OnAgenda with that meeting's date, in the queue ReadyForMeeting. A new version
/// is saved in the same unit of work; nothing happens when it is already in step or already decided.
/// </summary>
public sealed class GrantAgendaItemRoutedHandler(ContentManager contents, GrantRoutingScope scope) : IEventHandler<AgendaItemRouted>
{
    public async Task HandleAsync(AgendaItemRouted @event, CancellationToken cancellationToken)
    {
        if (@event.Kind != GrantAgendaItems.Kind || scope.IsSaving(@event.SourceId))
        {
            return;
        }

        var latest = await contents.GetAsync(@event.SourceId, VersionOptions.Latest, cancellationToken);
        if (latest?.TryGetPart(nameof(GrantApplicationPart)) is null)
        {
            return;
        }

        var part = latest.As<GrantApplicationPart>();
        if (part.Status is not (GrantApplicationStatus.ReadyForMeeting or GrantApplicationStatus.OnAgenda))
        {
            return;
        }

        var onMeeting = @event.MeetingId is not null && @event.Status == AgendaItemStatus.OnAgenda;
        var status = onMeeting ? GrantApplicationStatus.OnAgenda : GrantApplicationStatus.ReadyForMeeting;
        var meetingDate = onMeeting ? @event.MeetingDate : null;
        if (part.Status == status && part.AgendaMeetingDate == meetingDate && part.ExpectedMeetingDate == meetingDate)
        {
            return;
        }

        var edited = latest.CloneAsNewVersion();
        edited.Alter<GrantApplicationPart>(p =>
        {
            p.Status = status;
            p.AgendaMeetingDate = meetingDate;
            p.ExpectedMeetingDate = meetingDate;
        });
        using (scope.Saving(@event.SourceId))
        {
            await contents.UpdateAsync(edited, latest.ContentItemVersionId, publish: false, cancellationToken: cancellationToken);
        }
    }
}
