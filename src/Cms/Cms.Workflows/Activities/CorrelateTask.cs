using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Activities;

/// <summary>
/// Sets the instance's correlation id to the rendered <c>Value</c>, so later events about something else (the
/// meeting an application was routed to) find it.
/// </summary>
public sealed class CorrelateTask(IStringLocalizer<WorkflowStrings> T) : TaskActivity(T)
{
    public override string Name => nameof(CorrelateTask);

    public override string DisplayName => "Correlate";

    public override string Category => "Primitives";

    public override string Description => "Ties the instance to something else, such as the meeting an application goes to, so events about that resume it.";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("Value", "Correlation id", ActivitySettingKind.Liquid) { Hint = "A Liquid template, e.g. {{ Properties.MeetingId }}; empty removes the correlation id." },
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var value = await context.RenderSettingAsync("Value", cancellationToken);
        context.Instance.CorrelationId = string.IsNullOrEmpty(value) ? null : value;
        if (context.Instance.SingletonKey is not null)
        {
            context.Instance.SingletonKey = Services.WorkflowManager.SingletonKeyOf(context.Instance.WorkflowTypeId, context.Instance.CorrelationId);
        }

        return ActivityResult.Outcomes(Done);
    }
}
