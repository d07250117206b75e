namespace Cms.Workflows.Models;

/// <summary>A transition as an arrow: the SVG path from one box to the other and where its outcome's label sits.</summary>
public sealed record WorkflowGraphEdge(
    string SourceActivityId,
    string SourceTitle,
    string Outcome,
    string OutcomeDisplayName,
    string DestinationActivityId,
    string DestinationTitle,
    string Path,
    int LabelX,
    int LabelY,
    bool DestinationMissing);
