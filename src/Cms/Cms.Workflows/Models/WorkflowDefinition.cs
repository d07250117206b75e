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

    /// <summary>The activities from which some path of transitions leads to <paramref name="activityId"/> (not counting itself unless it loops).</summary>
    public IReadOnlySet<string> LeadingTo(string activityId)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var next = new Queue<string>([activityId]);
        while (next.TryDequeue(out var id))
        {
            foreach (var t in Into(id))
            {
                if (found.Add(t.SourceActivityId))
                {
                    next.Enqueue(t.SourceActivityId);
                }
            }
        }

        return found;
    }
}
