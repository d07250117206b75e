using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Contents.Workflows;
using Cms.Core.Data;
using Cms.Workflows.Activities;
using Cms.Workflows.Models;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Screening;
using Council.Grants.Services;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Workflows;

/// <summary>
/// What the mails to an applicant need, as <c>Properties.Applicant</c>: <c>Email</c> (the application's e-mail field),
/// <c>Language</c> ("da" or "en", from the form's language, <c>Input.Culture</c>) and <c>ExpectedMeeting</c> (the sentence
/// about the meeting expected to treat it, in that language). Nothing else of the application is copied into the workflow.
/// </summary>
public sealed class GrantApplicantDetailsTask(IStringLocalizer<GrantStrings> T, ContentManager contents, GrantStatusTexts texts, LtkDbContext db)
    : ContentTaskActivity(db)
{
    public const string PropertyName = "Applicant";

    public override string Name => nameof(GrantApplicantDetailsTask);

    public override string DisplayName => "Applicant's mail details";

    public override string Category => "Grants";

    public override Type StringsType => typeof(GrantStrings);

    public override string Description => "Gives the mails to the applicant their address, their language and the expected meeting: Properties.Applicant.Email, .Language and .ExpectedMeeting.";

    public override IReadOnlyList<Cms.Workflows.Activities.Settings.ActivitySetting> Settings { get; } = [ContentSetting];

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new(TaskActivity.Done, T["Done"])];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var id = await ContentItemIdAsync(context, cancellationToken);
        if (IsBeingSaved(id))
        {
            return ActivityResult.ContinueAfterCommit();
        }

        var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken)
            ?? throw new InvalidOperationException($"Content item '{id}' does not exist.");
        var culture = context.Input["Culture"]?.GetValue<string>() ?? GrantApplicationFields.Choice(item, GrantApplicationFields.PreferredLanguage);
        var language = GrantInformationLinks.Language(culture);
        var part = item.As<GrantApplicationPart>();
        var meeting = part.ExpectedMeetingDate is { } date ? new Council.Meetings.Schedule.ScheduledMeeting(date, date) : null;
        context.Properties[PropertyName] = new JsonObject
        {
            ["Email"] = GrantApplicationFields.EmailOf(item) ?? "",
            ["Language"] = language,
            ["ExpectedMeeting"] = texts.ExpectedMeeting(meeting, language),
        };
        return ActivityResult.Outcomes(TaskActivity.Done);
    }
}
