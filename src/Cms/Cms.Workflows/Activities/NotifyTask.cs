using Cms.Core.AuditTrail;
using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Activities;

/// <summary>
/// Leaves the rendered <c>Message</c> for the administrators, as an entry of the audit trail's "Workflow" category
/// (with <c>NotificationType</c>) saved with the run, until the admin has a notification list of its own.
/// </summary>
public sealed class NotifyTask(IStringLocalizer<WorkflowStrings> T, AuditTrailService audit) : TaskActivity(T)
{
    public const string AuditCategory = "Workflow";

    public override string Name => nameof(NotifyTask);

    public override string DisplayName => "Notify";

    public override string Category => "Notifications";

    public override string Description => "Leaves a notification for the administrators in the audit trail.";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("Message", "Message", ActivitySettingKind.Liquid) { Hint = "A Liquid template, e.g. {{ Input.DisplayText }} was published." },
        new("NotificationType", "Kind", ActivitySettingKind.Choice)
        {
            Hint = "Information unless chosen.",
            Options = [new("Information", "Information"), new("Success", "Success"), new("Warning", "Warning"), new("Error", "Error")],
        },
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var message = await context.RenderSettingAsync("Message", cancellationToken);
        audit.Record(new AuditTrailEntry(AuditCategory, "Notification", context.Instance.WorkflowId, message)
        {
            ObjectType = context.Instance.WorkflowTypeId,
            Comment = context.Setting("NotificationType") ?? "Information",
        });
        return ActivityResult.Outcomes(Done);
    }
}
