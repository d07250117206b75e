using Cms.Workflows.Activities;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Services;

/// <summary>
/// Checks a type before it is stored, so a bad import is refused with messages that say where and what to fix
/// instead of faulting instances later: unknown activity names, duplicate ids, transitions from outcomes an
/// activity does not have or to activities that do not exist, start activities that are not events, bad settings.
/// The messages are in the reader's language (the request's culture).
/// </summary>
public sealed class WorkflowDefinitionValidator(ActivityCatalog catalog, IStringLocalizer<WorkflowDefinitionStrings> T)
{
    public IReadOnlyList<string> Validate(WorkflowDefinition definition) => Check(definition).Select(e => e.Message).ToList();

    /// <summary>The errors with where each one is.</summary>
    public IReadOnlyList<WorkflowDefinitionError> Check(WorkflowDefinition definition)
    {
        var errors = new List<WorkflowDefinitionError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in definition.Activities)
        {
            var where = record.Title is { } title ? T["Activity '{0}' ({1})", record.ActivityId, title] : T["Activity '{0}'", record.ActivityId];
            void Add(LocalizedString message) => errors.Add(new WorkflowDefinitionError(message, ActivityId: record.ActivityId));
            if (string.IsNullOrWhiteSpace(record.ActivityId) || !seen.Add(record.ActivityId))
            {
                Add(T["{0}: every activity needs an ActivityId of its own.", where]);
            }

            if (catalog.Find(record.Name) is not { } activity)
            {
                Add(T["{0}: unknown activity '{1}' (known activities: {2}).", where, record.Name, string.Join(", ", catalog.Names)]);
                continue;
            }

            if (record.IsStart && !activity.IsEvent)
            {
                Add(T["{0}: '{1}' is a task; only an event can start a workflow.", where, record.Name]);
            }

            foreach (var error in activity.Validate(record))
            {
                Add(T["{0}: {1}", where, error]);
            }
        }

        for (var i = 0; i < definition.Transitions.Count; i++)
        {
            var t = definition.Transitions[i];
            var where = T["Transition {0} ({1} → {2})", i + 1, t.SourceActivityId, t.DestinationActivityId];
            void Add(LocalizedString message) => errors.Add(new WorkflowDefinitionError(message, Transition: i + 1));
            var source = definition.FindActivity(t.SourceActivityId);
            if (source is null)
            {
                Add(T["{0}: there is no activity '{1}' to start from.", where, t.SourceActivityId]);
            }
            else if (catalog.Find(source.Name) is { } activity && !activity.GetOutcomes(source).Any(o => o.Name == t.SourceOutcomeName))
            {
                Add(T["{0}: '{1}' has no outcome '{2}' (its outcomes: {3}).", where, source.Name, t.SourceOutcomeName, string.Join(", ", activity.GetOutcomes(source).Select(o => o.Name))]);
            }

            if (definition.FindActivity(t.DestinationActivityId) is null)
            {
                Add(T["{0}: there is no activity '{1}' to go to.", where, t.DestinationActivityId]);
            }
        }

        return errors;
    }
}
