namespace Cms.Workflows.Models;

/// <summary>The confirm page of removing an activity: what it is and the transitions that go with it.</summary>
public sealed record ActivityDeleteViewModel(
    string WorkflowTypeId,
    string TypeName,
    string ActivityId,
    string Title,
    string DisplayName,
    IReadOnlyList<ActivityTransitionRow> Outgoing,
    IReadOnlyList<ActivityTransitionRow> Incoming,
    int NextVersion);
