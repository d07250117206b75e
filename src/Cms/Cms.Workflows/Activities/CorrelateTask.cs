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
