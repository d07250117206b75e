using Cms.Contents.Handlers;
using Cms.Contents.Models;
using Cms.Core.Data;
using Council.Grants.Agenda;
using Council.Grants.Data;
using Council.Grants.Models;
using Council.Grants.Rules;
using Council.Meetings.Agenda;
using Council.Meetings.Data;
using Council.Meetings.Schedule;
using Microsoft.EntityFrameworkCore;

namespace Council.Grants.Handlers;

/// <summary>
/// Keeps what is derived from an application in step with it, however it is saved (the public form, the admin
/// editor, a recipe): the submission time and expected meeting (set once), the budget total, the screening flags,
/// its title, and its row in <see cref="GrantApplicationIndex"/>, all in the content manager's unit of work. An
/// application that becomes ready for the meeting is routed to the first coming meeting (or the queue) in the same save.
/// </summary>
public sealed class GrantApplicationHandler(
    LtkDbContext db,
    IMeetingSchedule schedule,
    IAgendaRouting routing,
    GrantRoutingScope routingScope,
    GrantApplicationIndexProvider index,
    TimeProvider clock) : ContentHandlerBase
{
    public override async Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken)
    {
        if (!IsApplication(context))
        {
            return;
        }

        var item = context.Item;
        var part = item.As<GrantApplicationPart>();
        if (part.SubmittedUtc is null)
        {
            var now = clock.GetUtcNow();
            part.SubmittedUtc = now.UtcDateTime;
            part.ExpectedMeetingDate ??= (await schedule.GetMeetingForSubmissionAsync(now, cancellationToken))?.Date;
        }

        // The status page dates each step: a change of status (by staff, a workflow, a recipe) is noted when it is saved.
        var changes = part.StatusChanges;
        if (changes.Count == 0 || changes[^1].Status != part.Status)
        {
            changes.Add(new GrantStatusChange(part.Status, changes.Count == 0 ? part.SubmittedUtc.Value : clock.GetUtcNow().UtcDateTime));
        }

        if (part.Status == GrantApplicationStatus.ReadyForMeeting)
        {
            await RouteAsync(item, part, changes, cancellationToken);
        }
        else if (part.Status == GrantApplicationStatus.Withdrawn)
        {
            await WithdrawFromAgendaAsync(item, part, cancellationToken);
        }

        var result = GrantApplicationRules.Check(GrantApplicationFields.Facts(item, part.ExpectedMeetingDate));
        item.Alter<GrantBudgetPart>(b => b.Total = result.Total);
        item.Alter<GrantApplicationPart>(p =>
        {
            p.Status = part.Status;
            p.SubmittedUtc = part.SubmittedUtc;
            p.ExpectedMeetingDate = part.ExpectedMeetingDate;
            p.AgendaMeetingDate = part.AgendaMeetingDate;
            p.LowerPriority = result.LowerPriority;
            p.StartsBeforeMeeting = result.StartsBeforeMeeting;
            p.StatusChanges = changes;
        });

        if (GrantApplicationFields.Text(item, GrantApplicationFields.ProjectTitle) is { } title)
        {
            item.DisplayText = title;
        }
    }

    public override Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => IndexAsync(context, cancellationToken);

    public override Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken) => IndexAsync(context, cancellationToken);

    public override Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => IndexAsync(context, cancellationToken);

    public override Task RestoredAsync(ContentContext context, CancellationToken cancellationToken) => IndexAsync(context, cancellationToken);

    public override async Task RemovedAsync(ContentContext context, CancellationToken cancellationToken)
    {
        if (IsApplication(context))
        {
            await db.Set<GrantApplicationIndex>().Where(i => i.ContentItemId == context.Item.ContentItemId).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Puts the application on the first coming meeting that can take it (or the queue): on a meeting it is OnAgenda with
    /// that meeting's date; in the queue it stays ReadyForMeeting and no meeting is expected until one is planned.
    /// </summary>
    private async Task RouteAsync(ContentItem item, GrantApplicationPart part, List<GrantStatusChange> changes, CancellationToken cancellationToken)
    {
        var applicant = GrantApplicationFields.Text(item, GrantApplicationFields.Organisation)
            ?? GrantApplicationFields.Text(item, GrantApplicationFields.ApplicantName) ?? "";
        var title = GrantApplicationFields.Text(item, GrantApplicationFields.ProjectTitle) ?? item.DisplayText;
        var now = clock.GetUtcNow();
        AgendaPlacement placement;
        using (routingScope.Saving(item.ContentItemId))
        {
            placement = await routing.EnqueueAsync(
                new AgendaItemRequest(GrantAgendaItems.Kind, item.ContentItemId, Limit(title, 300), Limit(applicant, 200), CvrOf(item), now),
                cancellationToken);
        }

        var onMeeting = placement.MeetingId is not null && placement.Status == AgendaItemStatus.OnAgenda;
        part.AgendaMeetingDate = onMeeting ? placement.MeetingDate : null;
        part.ExpectedMeetingDate = onMeeting ? placement.MeetingDate : null;
        if (onMeeting)
        {
            part.Status = GrantApplicationStatus.OnAgenda;
            changes.Add(new GrantStatusChange(part.Status, now.UtcDateTime));
        }
    }

    /// <summary>An application withdrawn by its applicant leaves the agenda (or the queue) it was on, with the reason.</summary>
    private async Task WithdrawFromAgendaAsync(ContentItem item, GrantApplicationPart part, CancellationToken cancellationToken)
    {
        // A decided item stays on its meeting's agenda and in its minutes: the decision was made.
        if (await routing.GetPlacementAsync(GrantAgendaItems.Kind, item.ContentItemId, cancellationToken) is not { Status: AgendaItemStatus.Queued or AgendaItemStatus.OnAgenda })
        {
            return;
        }

        using (routingScope.Saving(item.ContentItemId))
        {
            await routing.WithdrawAsync(GrantAgendaItems.Kind, item.ContentItemId, part.WithdrawnReason, item.Author, cancellationToken);
        }

        part.AgendaMeetingDate = null;
        part.ExpectedMeetingDate = null;
    }

    /// <summary>The CVR number as its 8 digits (typed with spaces or not), or null when none or not a CVR number.</summary>
    private static string? CvrOf(ContentItem item) =>
        GrantApplicationFields.Text(item, GrantApplicationFields.Cvr) is { } text && new string([.. text.Where(char.IsAsciiDigit)]) is { Length: 8 } digits ? digits : null;

    private static string Limit(string text, int max) => text.Length <= max ? text : text[..max];

    private static bool IsApplication(ContentContext context) => context.Type?.FindPart(nameof(GrantApplicationPart)) is not null;

    private async Task IndexAsync(ContentContext context, CancellationToken cancellationToken)
    {
        if (IsApplication(context) && context.Item.Latest)
        {
            await index.IndexAsync(context.Item, cancellationToken);
        }
    }
}
