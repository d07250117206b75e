namespace Cms.Workflows.Timers;

/// <summary>What a start timer's row starts: the type and its <c>TimerEvent</c> start activity.</summary>
public sealed record TimerStartPayload(string WorkflowTypeId, string ActivityId);
