namespace Cms.Workflows.Models;

/// <summary>
/// An activity as a box: where it is drawn, its title (the editor's, else its id), what kind of activity it is, and
/// whether it starts the workflow or is where an instance now stands (waiting or failed).
/// </summary>
public sealed record WorkflowGraphNode(
    string ActivityId,
    string Title,
    string ActivityName,
    string DisplayName,
    int X,
    int Y,
    bool IsStart,
    bool IsEvent,
    WorkflowGraphMark Mark);
