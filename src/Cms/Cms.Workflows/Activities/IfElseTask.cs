using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Activities;

/// <summary>Takes "True" or "False" by its <c>Condition</c>, a Liquid boolean expression such as <c>Input.Amount &gt; 1000</c>.</summary>
public sealed class IfElseTask(IStringLocalizer<WorkflowStrings> T) : Activity
{
    public override string Name => nameof(IfElseTask);

    public override string DisplayName => "If / else";

    public override string Category => "Control flow";

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new("True", T["True"]), new("False", T["False"])];

    public override string Description => "Goes on along True or False, as its condition says.";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("Condition", "Condition", ActivitySettingKind.Expression) { Required = true, Hint = "A Liquid expression that is true or false, e.g. Input.Amount > 1000 or Properties.Decision == \"ja\"." },
    ];

    public override IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity)
    {
        var condition = ActivityContext.SettingOf(activity, "Condition");
        if (string.IsNullOrWhiteSpace(condition))
        {
            yield return new("Condition", T["Give the condition (Condition.Expression), e.g. Input.Amount > 1000."]);
        }
        else if (!WorkflowExpressions.TryParseCondition(condition, out var error))
        {
            yield return new("Condition", T["The condition '{0}' is not a Liquid expression: {1}", condition, error ?? ""]);
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        ActivityResult.Outcomes(await context.Expressions.EvaluateAsync(context.Setting("Condition") ?? "", context, cancellationToken) ? "True" : "False");
}
