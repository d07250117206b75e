namespace Cms.Workflows.Models;

/// <summary>A type version laid out for drawing: boxes and arrows in SVG user units, and the size of the drawing.</summary>
public sealed record WorkflowGraph(int Width, int Height, IReadOnlyList<WorkflowGraphNode> Nodes, IReadOnlyList<WorkflowGraphEdge> Edges)
{
    public const int NodeWidth = 200;

    public const int NodeHeight = 60;
}
