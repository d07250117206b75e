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
using Microsoft.Extensions.Localization;

namespace Council.Meetings.Minutes;

/// <summary>
/// The minutes of a meeting: draft → approved → published as a Page at <c>referater/{yyyy-MM-dd}</c> (not under
/// <c>moeder</c>: that first segment is reserved for the calendar and the agendas, so content may not take it). Editing
/// approved or published minutes takes them back to a draft that must be approved again; publishing again updates the
/// same page. Every step is in the audit trail (who approved and when).
/// </summary>
public sealed class MeetingMinutes(LtkDbContext db, ContentManager contents, AuditTrailService audit, TimeProvider clock, IStringLocalizer<MeetingStrings> T)
{
    public const string PageType = "Page";

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

        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
        var wasApproved = meeting.Status is MeetingStatus.MinutesApproved or MeetingStatus.Published;
        meeting.MinutesDraft = text;
        if (wasApproved)
        {
            meeting.Status = MeetingStatus.Held;
        }

        Touch(meeting);
        Record(meeting, wasApproved ? "MinutesReopened" : "MinutesSaved");
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
        Record(meeting, "MinutesApproved");
        await db.SaveChangesAsync(cancellationToken);
        return MinutesResult.Done;
    }

    public async Task<MinutesResult> PublishAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.Status is not (MeetingStatus.MinutesApproved or MeetingStatus.Published))
        {
            return MinutesResult.Refused(T["Approve the minutes before they are published."]);
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
                Fill(page, title, meeting.MinutesDraft);
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
        Record(meeting, "MinutesPublished");
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

    private void Record(Meeting meeting, string eventName) =>
        audit.Record(new AuditTrailEntry(MeetingConclusion.AuditCategory, eventName, meeting.Id.ToString(CultureInfo.InvariantCulture), MinutesDraftBuilder.Title(meeting.Date))
        {
            ObjectType = nameof(Meeting),
            After = new JsonObject { ["Status"] = meeting.Status.ToString(), ["MinutesContentItemId"] = meeting.MinutesContentItemId },
        });
}
