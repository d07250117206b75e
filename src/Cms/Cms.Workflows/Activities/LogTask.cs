using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Cms.Workflows.Activities;

/// <summary>Writes the rendered <c>Text</c> to the site's log at <c>LogLevel</c> (Information unless set).</summary>
public sealed partial class LogTask(IStringLocalizer<WorkflowStrings> T, ILogger<LogTask> logger) : TaskActivity(T)
{
    public override string Name => nameof(LogTask);

    public override string DisplayName => "Log";

    public override string Category => "Primitives";

    public override IEnumerable<string> Validate(ActivityRecord activity)
    {
        if (ActivityContext.SettingOf(activity, "LogLevel") is { } level && !Enum.TryParse<LogLevel>(level, out _))
        {
            yield return $"LogLevel '{level}' is not one of {string.Join(", ", Enum.GetNames<LogLevel>())}.";
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var level = Enum.TryParse<LogLevel>(context.Setting("LogLevel"), out var parsed) ? parsed : LogLevel.Information;
        var text = await context.RenderSettingAsync("Text", cancellationToken);
        LogText(logger, level, context.Instance.WorkflowId, text);
        return ActivityResult.Outcomes(Done);
    }

    [LoggerMessage(Message = "Workflow {WorkflowId}: {Text}")]
    private static partial void LogText(ILogger logger, LogLevel level, string workflowId, string text);
}
