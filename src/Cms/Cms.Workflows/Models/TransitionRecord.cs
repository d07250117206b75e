namespace Cms.Workflows.Models;

/// <summary>From an outcome of one activity to the activity that runs next.</summary>
public sealed record TransitionRecord(string SourceActivityId, string SourceOutcomeName, string DestinationActivityId);
