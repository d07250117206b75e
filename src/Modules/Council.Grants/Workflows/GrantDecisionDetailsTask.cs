using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Contents.Workflows;
using Cms.Core.Data;
using Cms.Core.Settings;
using Cms.Workflows.Activities;
using Cms.Workflows.Models;
using Council.Grants.Data;
using Council.Grants.Decisions;
using Council.Grants.Letters;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Screening;
using Council.Grants.Services;
using Council.Meetings.Schedule;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Workflows;

/// <summary>
/// The decision in force (the application's latest <see cref="GrantDecision"/>) for the letter, as <c>Properties.Decision</c>:
/// <c>Outcome</c>, <c>Amount</c> and <c>AmountAsked</c> (59.800 kr.), <c>Conditions</c>, <c>Reasons</c> (the unmet criteria in
/// the applicant's language), <c>MainConsiderations</c>, <c>Facts</c>, <c>FreeText</c>, <c>MeetingDate</c>, <c>ReportDue</c> (the
/// project's end date, 25.11.2026), <c>ReportDuty</c>, <c>ComplaintGuidance</c> (empty when switched off), <c>NextMeeting</c>
/// (for a deferral) and <c>Language</c>. Its outcome is the decision's, to branch on.
/// </summary>
public sealed class GrantDecisionDetailsTask(IStringLocalizer<GrantStrings> T, ContentManager contents, SiteSettingsService settings, IMeetingSchedule schedule, LtkDbContext db, GrantCriteria criteria)
    : ContentTaskActivity(db)
{
    public const string PropertyName = "Decision";

    private readonly LtkDbContext _db = db;

    public override string Name => nameof(GrantDecisionDetailsTask);

    public override string DisplayName => "The council's decision, for the letter";

    public override string Category => "Grants";

    public override Type StringsType => typeof(GrantStrings);

    public override string Description => "Reads the decision in force on the application for the decision letter (Properties.Decision) and goes on by its outcome: granted, partly granted, refused or deferred.";

    public override IReadOnlyList<Cms.Workflows.Activities.Settings.ActivitySetting> Settings { get; } = [ContentSetting];

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) =>
    [
        new(nameof(GrantDecisionOutcome.Granted), T["Granted"]),
        new(nameof(GrantDecisionOutcome.PartlyGranted), T["Partly granted"]),
        new(nameof(GrantDecisionOutcome.Refused), T["Refused"]),
        new(nameof(GrantDecisionOutcome.Deferred), T["Deferred"]),
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var id = await ContentItemIdAsync(context, cancellationToken);
        var decision = await _db.Set<GrantDecision>().LatestForAsync(id, cancellationToken)
            ?? throw new InvalidOperationException($"The application '{id}' has no decision recorded: record the council's decision on it, then retry.");
        var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken)
            ?? throw new InvalidOperationException($"Content item '{id}' does not exist.");
        var language = GrantInformationLinks.Language(context.Input["Culture"]?.GetValue<string>() ?? GrantApplicationFields.Choice(item, GrantApplicationFields.PreferredLanguage));
        var letter = await settings.GetSectionAsync<GrantLetterSettings>(cancellationToken);
        var budget = item.As<GrantBudgetPart>();
        var reportDue = GrantApplicationFields.Date(item, GrantApplicationFields.EndDate)
            ?? GrantApplicationFields.Date(item, GrantApplicationFields.StartDate)
            ?? decision.MeetingDate;
        var next = decision.Outcome == GrantDecisionOutcome.Deferred
            ? (await schedule.GetComingMeetingsAsync(cancellationToken)).FirstOrDefault(m => m.Date > decision.MeetingDate)
            : null;

        context.Properties[PropertyName] = new JsonObject
        {
            ["Outcome"] = decision.Outcome.ToString(),
            ["Language"] = language,
            ["Amount"] = decision.GrantedAmount is { } granted ? GrantAmounts.Format(granted) : "",
            ["AmountAsked"] = budget.AmountAppliedFor is { } asked ? GrantAmounts.Format(asked) : "",
            ["Conditions"] = decision.Conditions,
            ["Reasons"] = new JsonArray([.. decision.CriteriaNotMet.Select(k => (JsonNode?)criteria.LetterText(k, language))]),
            ["MainConsiderations"] = decision.MainConsiderations,
            ["Facts"] = decision.FactsReliedOn,
            ["FreeText"] = decision.FreeText,
            ["MeetingDate"] = Date(decision.MeetingDate),
            ["ReportDue"] = Date(reportDue),
            ["ReportDuty"] = letter.ReportDuty(language),
            ["ComplaintGuidance"] = letter.ComplaintGuidanceEnabled ? letter.ComplaintGuidance(language) : "",
            ["NextMeeting"] = next?.DateText ?? "",
        };
        return ActivityResult.Outcomes(decision.Outcome.ToString());
    }

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
