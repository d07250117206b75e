using Cms.Workflows.Activities;
using Cms.Workflows.Models;

namespace Cms.Workflows.Services;

/// <summary>
/// Checks a type before it is stored, so a bad import is refused with messages that say where and what to fix
/// instead of faulting instances later: unknown activity names, duplicate ids, transitions from outcomes an
/// activity does not have or to activities that do not exist, start activities that are not events, bad settings.
/// </summary>
public sealed class WorkflowDefinitionValidator(ActivityCatalog catalog)
{
    public IReadOnlyList<string> Validate(WorkflowDefinition definition)
    {
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in definition.Activities)
        {
            var where = $"Activity '{record.ActivityId}'" + (record.Title is { } title ? $" ({title})" : "");
            if (string.IsNullOrWhiteSpace(record.ActivityId) || !seen.Add(record.ActivityId))
            {
                errors.Add($"{where}: every activity needs an ActivityId of its own.");
            }

            if (catalog.Find(record.Name) is not { } activity)
            {
                errors.Add($"{where}: unknown activity '{record.Name}' (known activities: {string.Join(", ", catalog.Names)}).");
                continue;
            }

            if (record.IsStart && !activity.IsEvent)
            {
                errors.Add($"{where}: '{record.Name}' is a task; only an event can start a workflow.");
            }

            errors.AddRange(activity.Validate(record).Select(e => $"{where}: {e}"));
        }

        for (var i = 0; i < definition.Transitions.Count; i++)
        {
            var t = definition.Transitions[i];
            var where = $"Transition {i + 1} ({t.SourceActivityId} → {t.DestinationActivityId})";
            var source = definition.FindActivity(t.SourceActivityId);
            if (source is null)
            {
                errors.Add($"{where}: there is no activity '{t.SourceActivityId}' to start from.");
            }
            else if (catalog.Find(source.Name) is { } activity && !activity.GetOutcomes(source).Any(o => o.Name == t.SourceOutcomeName))
            {
                errors.Add($"{where}: '{source.Name}' has no outcome '{t.SourceOutcomeName}' (its outcomes: {string.Join(", ", activity.GetOutcomes(source).Select(o => o.Name))}).");
            }

            if (definition.FindActivity(t.DestinationActivityId) is null)
            {
                errors.Add($"{where}: there is no activity '{t.DestinationActivityId}' to go to.");
            }
        }

        return errors;
    }
}
