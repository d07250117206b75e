using Cms.Workflows.Activities.Settings;
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

    public override string Description => "Writes a line to the site's log, for the people who run the site.";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("Text", "Text", ActivitySettingKind.Liquid) { Required = true, Hint = "A Liquid template, e.g. Application {{ Input.DisplayText }} was decided." },
        new("LogLevel", "Level", ActivitySettingKind.Choice)
        {
            Hint = "Information unless chosen.",
            Options = [new("Debug", "Debug"), new("Information", "Information"), new("Warning", "Warning"), new("Error", "Error")],
        },
    ];

    public override IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity)
    {
        if (ActivityContext.SettingOf(activity, "LogLevel") is { } level && !Enum.TryParse<LogLevel>(level, out _))
        {
            yield return new("LogLevel", Strings["LogLevel '{0}' is not one of {1}.", level, string.Join(", ", Enum.GetNames<LogLevel>())]);
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
