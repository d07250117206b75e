using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Activities;

/// <summary>A task that ends with the one outcome "Done" (most tasks do).</summary>
public abstract class TaskActivity(IStringLocalizer<WorkflowStrings> T) : Activity
{
    public const string Done = "Done";

    public override IReadOnlyList<ActivityOutcome> GetOutcomes(ActivityRecord activity) => [new(Done, T["Done"])];

    /// <summary>The workflow module's strings, for the messages of the task's own checks.</summary>
    protected IStringLocalizer<WorkflowStrings> Strings => T;
}
