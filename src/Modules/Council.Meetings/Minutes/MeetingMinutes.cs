using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Localization;
using Council.Meetings.Conclusion;
using Council.Meetings.Data;
using Council.Meetings.Localization;
using Council.Meetings.Meetings;
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Minutes;

/// <summary>
/// The minutes of a meeting: draft → approved → published as a Page at <c>referater/{yyyy-MM-dd}</c> (not under
/// <c>moeder</c>: that first segment is reserved for the calendar and the agendas, so content may not take it).
/// Approved minutes are changed only after they are made a draft again with a reason; published minutes are corrected the
/// same way, and the published page keeps its text until the correction is approved and published as a new version of the
/// same page that says when it was corrected. Every step is in the audit trail (who, when and why).
/// </summary>
public sealed class MeetingMinutes(LtkDbContext db, ContentManager contents, AuditTrailService audit, SiteTimeZone siteTime, TimeProvider clock, IStringLocalizer<MeetingStrings> T)
{
    public const string PageType = "Page";

    public const string ReopenedEvent = "MinutesReopened";
    public const string CorrectionEvent = "MinutesCorrectionStarted";
    public const string ApprovedEvent = "MinutesApproved";
    public const string PublishedEvent = "MinutesPublished";
    public const int MaxReasonLength = 1000;

    /// <summary>The events shown as the minutes' history, oldest first.</summary>
    public static readonly IReadOnlyList<string> HistoryEvents = [ApprovedEvent, ReopenedEvent, CorrectionEvent, PublishedEvent];

    public static string PagePath(DateOnly date) => "referater/" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<MinutesResult> SaveDraftAsync(Meeting meeting, string markdown, CancellationToken cancellationToken)
    {
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            return MinutesResult.Refused(T["The meeting was cancelled; it has no minutes."]);
        }

        if (string.IsNullOrWhiteSpace(markdown))
        {
            return MinutesResult.Refused(T["Write the minutes; they cannot be empty."]);
        }

        if (meeting.Status is MeetingStatus.MinutesApproved or MeetingStatus.Published)
        {
            return MinutesResult.Refused(T["The minutes are approved: make them a draft again, with the reason, before you change them."]);
        }

        meeting.MinutesDraft = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
        Touch(meeting);
        Record(meeting, "MinutesSaved");
        await db.SaveChangesAsync(cancellationToken);
        return MinutesResult.Done;
    }

    public async Task<MinutesResult> ApproveAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.Status != MeetingStatus.Held)
        {
            return MinutesResult.Refused(meeting.Status is MeetingStatus.MinutesApproved or MeetingStatus.Published
                ? T["The minutes are already approved."]
                : T["Conclude the meeting before its minutes are approved."]);
        }

        if (string.IsNullOrWhiteSpace(meeting.MinutesDraft))
        {
            return MinutesResult.Refused(T["Write the minutes before they are approved."]);
        }

        meeting.Status = MeetingStatus.MinutesApproved;
        Touch(meeting);
        Record(meeting, ApprovedEvent);
        await db.SaveChangesAsync(cancellationToken);
        return MinutesResult.Done;
    }

    /// <summary>
    /// Approved or published minutes become a draft again, for the reason given. Published minutes stay on their page as
    /// they are until the correction is approved and published.
    /// </summary>
    public async Task<MinutesResult> ReopenAsync(Meeting meeting, string? reason, CancellationToken cancellationToken)
    {
        if (meeting.Status is not (MeetingStatus.MinutesApproved or MeetingStatus.Published))
        {
            return MinutesResult.Refused(T["Only approved or published minutes can be made a draft again."]);
        }

        var why = (reason ?? "").Trim();
        if (why.Length is 0 or > MaxReasonLength)
        {
            return MinutesResult.Refused(T["Give the reason for making the minutes a draft again (at most {0} characters); it is kept in the minutes' history.", MaxReasonLength]);
        }

        var correcting = meeting.MinutesContentItemId is not null;
        meeting.Status = MeetingStatus.Held;
        Touch(meeting);
        Record(meeting, correcting ? CorrectionEvent : ReopenedEvent, why);
        await db.SaveChangesAsync(cancellationToken);
        return MinutesResult.Done;
    }

    public async Task<MinutesResult> PublishAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.Status != MeetingStatus.MinutesApproved)
        {
            return MinutesResult.Refused(meeting.Status == MeetingStatus.Published
                ? T["The minutes are published. To correct them, make them a draft again with the reason."]
                : T["Approve the minutes before they are published."]);
        }

        var title = MinutesDraftBuilder.Title(meeting.Date);
        var page = meeting.MinutesContentItemId is { } id ? await contents.GetAsync(id, VersionOptions.Latest, cancellationToken) : null;
        try
        {
            if (page is null)
            {
                page = await contents.NewAsync(PageType, cancellationToken);
                Fill(page, title, meeting.MinutesDraft);
                page.Alter<LocalizationPart>(p => p.Culture = DanishCulture.Name);
                page.Alter<AutoroutePart>(p => p.Path = PagePath(meeting.Date));
                page = await contents.CreateAsync(page, publish: true, cancellationToken);
            }
            else
            {
                // A correction: a new version of the same page, at the same address, saying when it was corrected.
                var corrected = DateOnly.FromDateTime(siteTime.ToLocal(clock.GetUtcNow().UtcDateTime));
                var note = DanishText.Of(() => T["Corrected {0}.", MeetingPlanner.DanishDate(corrected)].Value);
                Fill(page, title, "*" + note + "*\n\n" + meeting.MinutesDraft);
                page = await contents.UpdateAsync(page, BaseVersion.SaveOverLatest, publish: true, cancellationToken: cancellationToken);
            }
        }
        catch (ContentValidationException ex)
        {
            return MinutesResult.Refused(T["The minutes could not be published: {0}", ex.Message]);
        }

        meeting.MinutesContentItemId = page.ContentItemId;
        meeting.Status = MeetingStatus.Published;
        Touch(meeting);
        Record(meeting, PublishedEvent);
        await db.SaveChangesAsync(cancellationToken);
        return MinutesResult.Done;
    }

    private static void Fill(ContentItem page, string title, string markdown)
    {
        page.Alter<TitlePart>(p => p.Title = title);
        page.DisplayText = title;
        page.Alter<MarkdownBodyPart>(p => p.Markdown = markdown);
    }

    private void Touch(Meeting meeting)
    {
        meeting.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        meeting.ConcurrencyStamp = Guid.NewGuid();
    }

    private void Record(Meeting meeting, string eventName, string? reason = null) =>
        audit.Record(new AuditTrailEntry(MeetingConclusion.AuditCategory, eventName, meeting.Id.ToString(CultureInfo.InvariantCulture), MinutesDraftBuilder.Title(meeting.Date))
        {
            ObjectType = nameof(Meeting),
            Comment = reason,
            After = new JsonObject { ["Status"] = meeting.Status.ToString(), ["MinutesContentItemId"] = meeting.MinutesContentItemId },
        });
}
