using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Contents.Workflows;
using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Workflows.Activities;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Models;
using Council.Grants.Localization;
using Council.Grants.Models;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Workflows;

/// <summary>
/// Sets the application's <c>Status</c> (one of <see cref="GrantApplicationStatus"/>), with the time of the change, in a
/// new version of the item and a line in the audit trail; the status page and the admin list read it from there.
/// </summary>
public sealed class SetGrantStatusTask(IStringLocalizer<GrantStrings> T, ContentManager contents, AuditTrailService audit, LtkDbContext db)
    : ContentTaskActivity(db)
{
    public const string AuditCategory = "GrantStatus";

    public override string Name => nameof(SetGrantStatusTask);

    public override string DisplayName => "Set application status";

    public override string Category => "Grants";

    public override Type StringsType => typeof(GrantStrings);

    public override string Description => "Sets a grant application's status, which the applicant's status page shows; the change is kept in the audit trail.";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        ContentSetting,
        new("Status", "Status", ActivitySettingKind.Choice)
        {
            Required = true,
            Options = [.. Enum.GetValues<GrantApplicationStatus>().Select(s => new ActivitySettingOption(s.ToString(), StatusLabel(s)))],
        },
    ];

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new(TaskActivity.Done, T["Done"])];

    public override IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity)
    {
        if (!Enum.TryParse<GrantApplicationStatus>(ActivityContext.SettingOf(activity, "Status"), ignoreCase: false, out _))
        {
            yield return new("Status", T["Choose the status to set (Status), e.g. Screening or ReadyForMeeting."]);
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var id = await ContentItemIdAsync(context, cancellationToken);
        if (IsBeingSaved(id))
        {
            return ActivityResult.ContinueAfterCommit();
        }

        var status = Enum.Parse<GrantApplicationStatus>(context.Setting("Status")!);
        var latest = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken)
            ?? throw new InvalidOperationException($"Content item '{id}' does not exist.");
        var before = latest.As<GrantApplicationPart>().Status;
        if (before == status)
        {
            return ActivityResult.Outcomes(TaskActivity.Done);
        }

        var edited = latest.CloneAsNewVersion();
        // The application's handler records the change and its time in StatusChanges.
        edited.Alter<GrantApplicationPart>(p => p.Status = status);
        await contents.UpdateAsync(edited, latest.ContentItemVersionId, publish: false, cancellationToken: cancellationToken);
        audit.Record(new AuditTrailEntry(AuditCategory, "StatusChanged", id, latest.DisplayText) { ObjectType = latest.ContentType, Comment = $"{before} → {status}" });
        return ActivityResult.Outcomes(TaskActivity.Done);
    }

    /// <summary>The English key of a status's name (GrantStatusTexts.Label has the same keys).</summary>
    private static string StatusLabel(GrantApplicationStatus status) => status switch
    {
        GrantApplicationStatus.Screening => "Being screened",
        GrantApplicationStatus.MoreInformationNeeded => "More information needed",
        GrantApplicationStatus.ReadyForMeeting => "Ready for meeting",
        GrantApplicationStatus.OnAgenda => "On the agenda",
        GrantApplicationStatus.NotEligible => "Not eligible",
        GrantApplicationStatus.ReportRequested => "Report requested",
        GrantApplicationStatus.ReportReceived => "Report received",
        GrantApplicationStatus.RepaymentRequested => "Repayment requested",
        _ => status.ToString(),
    };
}
