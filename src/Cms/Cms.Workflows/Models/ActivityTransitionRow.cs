namespace Cms.Workflows.Models;

/// <summary>A transition as an activity's page lists it: the outcome (stored and shown names) and the activity at the other end.</summary>
public sealed record ActivityTransitionRow(string Outcome, string OutcomeDisplayName, string OtherActivityId, string OtherTitle);
