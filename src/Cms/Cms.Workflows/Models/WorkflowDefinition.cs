namespace Cms.Workflows.Models;

/// <summary>The document of a type version: its activities and the transitions between their outcomes.</summary>
public sealed class WorkflowDefinition
{
    public List<ActivityRecord> Activities { get; set; } = [];

    public List<TransitionRecord> Transitions { get; set; } = [];

    public ActivityRecord? FindActivity(string activityId) => Activities.Find(a => a.ActivityId == activityId);

    public IEnumerable<TransitionRecord> From(string activityId, string outcome) =>
        Transitions.Where(t => t.SourceActivityId == activityId && string.Equals(t.SourceOutcomeName, outcome, StringComparison.Ordinal));

    public IEnumerable<TransitionRecord> Into(string activityId) => Transitions.Where(t => t.DestinationActivityId == activityId);
}
