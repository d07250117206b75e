using Cms.Workflows.Activities.Settings;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Activities;

/// <summary>Continues along every branch named in <c>Forks</c> at once; a <see cref="JoinTask"/> brings them together.</summary>
public sealed class ForkTask(IStringLocalizer<WorkflowStrings> T) : Activity
{
    public override string Name => nameof(ForkTask);

    public override string DisplayName => "Fork";

    public override string Category => "Control flow";

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) =>
        ActivityContext.ListOf(activity, "Forks").Select(f => new ActivityOutcome(f, new LocalizedString(f, f))).ToList();

    public override string Description => "Goes on along several branches at once; a join brings them together again.";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("Forks", "Branches", ActivitySettingKind.List) { Required = true, Hint = "One name a line, e.g. Review and Notify; each branch leaves from the outcome of that name." },
    ];

    public override IEnumerable<ActivitySettingError> ValidateSettings(ActivityRecord activity)
    {
        if (ActivityContext.ListOf(activity, "Forks").Count == 0)
        {
            yield return new("Forks", T["Name the branches (Forks), e.g. [\"Review\", \"Notify\"]."]);
        }
    }

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ActivityResult.Outcomes([.. ActivityContext.ListOf(context.Activity, "Forks")]));
}
