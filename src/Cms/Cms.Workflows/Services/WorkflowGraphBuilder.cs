using System.Globalization;
using Cms.Workflows.Activities;
using Cms.Workflows.Models;

namespace Cms.Workflows.Services;

/// <summary>
/// Lays a type version out for the admin's SVG drawing (decision 0033). Activities keep the positions an editor gave
/// them (Orchard's X/Y); when every position is 0, as in a type written by hand, they are placed in layers from the
/// start activities down, each activity one layer below the first activity that leads to it. Activities without a
/// position in a type whose others have one (added through the settings forms) are laid out so below the placed ones.
/// </summary>
public sealed class WorkflowGraphBuilder(ActivityCatalog catalog)
{
    private const int Margin = 30;
    private const int LayerGap = 80;
    private const int ColumnGap = 40;
    private const int ParallelOffset = 34;

    public WorkflowGraph Build(WorkflowDefinition definition, IReadOnlyDictionary<string, WorkflowGraphMark>? marks = null)
    {
        var positions = Positions(definition);
        var nodes = definition.Activities.Select(a =>
        {
            var activity = catalog.Find(a.Name);
            var (x, y) = positions[a.ActivityId];
            return new WorkflowGraphNode(
                a.ActivityId,
                TitleOf(a),
                a.Name,
                activity is null ? a.Name : catalog.DisplayNameOf(activity),
                x,
                y,
                a.IsStart,
                activity?.IsEvent ?? false,
                marks?.GetValueOrDefault(a.ActivityId) ?? WorkflowGraphMark.None);
        }).ToList();
        var byId = nodes.GroupBy(n => n.ActivityId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var edges = Edges(definition, byId);
        var width = nodes.Count == 0 ? 2 * Margin + WorkflowGraph.NodeWidth : nodes.Max(n => n.X) + WorkflowGraph.NodeWidth + Margin;
        var height = nodes.Count == 0 ? 2 * Margin : nodes.Max(n => n.Y) + WorkflowGraph.NodeHeight + Margin;
        // Labels and loops may stick out beside the boxes.
        width = Math.Max(width, edges.Select(e => e.LabelX + 60).DefaultIfEmpty(0).Max() + Margin / 2);
        height = Math.Max(height, edges.Select(e => e.LabelY + 10).DefaultIfEmpty(0).Max() + Margin / 2);
        return new WorkflowGraph(width, height, nodes, edges);
    }

    /// <summary>The title an editor gave the activity, else its id.</summary>
    public static string TitleOf(ActivityRecord activity) => string.IsNullOrWhiteSpace(activity.Title) ? activity.ActivityId : activity.Title;

    /// <summary>The outcome's display name as the activity declares it; the stored name when the activity does not know it.</summary>
    public string OutcomeName(ActivityRecord? source, string outcome) =>
        source is not null && catalog.Find(source.Name) is { } activity && activity.GetOutcomes(source).FirstOrDefault(o => o.Name == outcome) is { } known
            ? known.DisplayName.Value
            : outcome;

    private static Dictionary<string, (int X, int Y)> Positions(WorkflowDefinition definition)
    {
        static bool Placed(ActivityRecord a) => a.X != 0 || a.Y != 0;
        if (!definition.Activities.Any(Placed))
        {
            return Layered(definition, 0);
        }

        var result = Given(definition.Activities.Where(Placed).ToList());
        var rest = definition.Activities.Where(a => !Placed(a)).ToList();
        if (rest.Count > 0)
        {
            var ids = rest.Select(a => a.ActivityId).ToHashSet(StringComparer.Ordinal);
            var unplaced = new WorkflowDefinition
            {
                Activities = rest,
                Transitions = definition.Transitions.Where(t => ids.Contains(t.SourceActivityId) && ids.Contains(t.DestinationActivityId)).ToList(),
            };
            var top = result.Values.Max(p => p.Y) + WorkflowGraph.NodeHeight + LayerGap - Margin;
            foreach (var (id, position) in Layered(unplaced, top))
            {
                result.TryAdd(id, position);
            }
        }

        return result;
    }

    private static Dictionary<string, (int X, int Y)> Given(List<ActivityRecord> activities)
    {
        var minX = activities.Min(a => a.X);
        var minY = activities.Min(a => a.Y);
        var result = new Dictionary<string, (int X, int Y)>(StringComparer.Ordinal);
        foreach (var a in activities)
        {
            result.TryAdd(a.ActivityId, (a.X - minX + Margin, a.Y - minY + Margin));
        }

        return result;
    }

    private static Dictionary<string, (int X, int Y)> Layered(WorkflowDefinition definition, int top)
    {
        var layer = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        void Visit(string id, int depth)
        {
            if (layer.TryAdd(id, depth))
            {
                queue.Enqueue(id);
            }
        }

        // Start activities first; anything no path reaches starts a layer run of its own after what was placed.
        foreach (var seed in definition.Activities.OrderBy(a => a.IsStart ? 0 : 1))
        {
            if (layer.ContainsKey(seed.ActivityId))
            {
                continue;
            }

            Visit(seed.ActivityId, seed.IsStart || layer.Count == 0 ? 0 : layer.Values.Max() + 1);
            while (queue.TryDequeue(out var id))
            {
                foreach (var t in definition.Transitions.Where(t => t.SourceActivityId == id && definition.FindActivity(t.DestinationActivityId) is not null))
                {
                    Visit(t.DestinationActivityId, layer[id] + 1);
                }
            }
        }

        var layers = definition.Activities.Where(a => layer.ContainsKey(a.ActivityId)).DistinctBy(a => a.ActivityId)
            .GroupBy(a => layer[a.ActivityId]).OrderBy(g => g.Key).ToList();
        var widest = layers.Count == 0 ? 0 : layers.Max(g => g.Count());
        var fullWidth = widest * WorkflowGraph.NodeWidth + Math.Max(0, widest - 1) * ColumnGap;
        var result = new Dictionary<string, (int X, int Y)>(StringComparer.Ordinal);
        foreach (var group in layers)
        {
            var count = group.Count();
            var rowWidth = count * WorkflowGraph.NodeWidth + (count - 1) * ColumnGap;
            var x = Margin + (fullWidth - rowWidth) / 2;
            var y = top + Margin + group.Key * (WorkflowGraph.NodeHeight + LayerGap);
            foreach (var a in group)
            {
                result[a.ActivityId] = (x, y);
                x += WorkflowGraph.NodeWidth + ColumnGap;
            }
        }

        return result;
    }

    private List<WorkflowGraphEdge> Edges(WorkflowDefinition definition, Dictionary<string, WorkflowGraphNode> nodes)
    {
        var edges = new List<WorkflowGraphEdge>();
        // Arrows between the same two boxes (both ways) bend apart so their labels do not overlap.
        foreach (var pair in definition.Transitions.Where(t => nodes.ContainsKey(t.SourceActivityId))
                     .GroupBy(t => PairKey(t.SourceActivityId, t.DestinationActivityId)))
        {
            var list = pair.ToList();
            for (var k = 0; k < list.Count; k++)
            {
                var t = list[k];
                var source = nodes[t.SourceActivityId];
                var label = OutcomeName(definition.FindActivity(t.SourceActivityId), t.SourceOutcomeName);
                if (!nodes.TryGetValue(t.DestinationActivityId, out var destination))
                {
                    // A transition to nowhere (only in a version stored before validation): a short stub that says so.
                    var sx = source.X + WorkflowGraph.NodeWidth / 2;
                    var sy = source.Y + WorkflowGraph.NodeHeight;
                    edges.Add(new WorkflowGraphEdge(t.SourceActivityId, source.Title, t.SourceOutcomeName, label, t.DestinationActivityId, t.DestinationActivityId,
                        $"M {N(sx)} {N(sy)} L {N(sx)} {N(sy + 40)}", sx, sy + 24, DestinationMissing: true));
                    continue;
                }

                var offset = (k - (list.Count - 1) / 2.0) * ParallelOffset;
                var (path, lx, ly) = source.ActivityId == destination.ActivityId
                    ? Loop(source, k)
                    : Curve(source, destination, offset, string.CompareOrdinal(t.SourceActivityId, t.DestinationActivityId) < 0);
                edges.Add(new WorkflowGraphEdge(t.SourceActivityId, source.Title, t.SourceOutcomeName, label, t.DestinationActivityId, destination.Title, path, lx, ly, false));
            }
        }

        return edges;
    }

    private static string PairKey(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + "\n" + b : b + "\n" + a;

    private static (string Path, int LabelX, int LabelY) Curve(WorkflowGraphNode from, WorkflowGraphNode to, double offset, bool canonical)
    {
        var (x1, y1) = Center(from);
        var (x2, y2) = Center(to);
        // The normal of the pair's canonical direction, so arrows both ways between two boxes bend to different sides.
        var (dx, dy) = canonical ? (x2 - x1, y2 - y1) : (x1 - x2, y1 - y2);
        var length = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
        var (nx, ny) = (-dy / length, dx / length);
        var cx = (x1 + x2) / 2 + nx * offset;
        var cy = (y1 + y2) / 2 + ny * offset;
        var (sx, sy) = Clip(x1, y1, cx, cy);
        var (ex, ey) = Clip(x2, y2, cx, cy);
        var labelX = 0.25 * sx + 0.5 * cx + 0.25 * ex;
        var labelY = 0.25 * sy + 0.5 * cy + 0.25 * ey;
        return ($"M {N(sx)} {N(sy)} Q {N(cx)} {N(cy)} {N(ex)} {N(ey)}", (int)labelX, (int)labelY);
    }

    private static (string Path, int LabelX, int LabelY) Loop(WorkflowGraphNode node, int k)
    {
        var right = node.X + WorkflowGraph.NodeWidth;
        var top = node.Y + 12 + k * 8;
        var bottom = node.Y + WorkflowGraph.NodeHeight - 12 - k * 8;
        var reach = right + 40 + k * 20;
        return ($"M {N(right)} {N(top)} C {N(reach)} {N(top - 20)} {N(reach)} {N(bottom + 20)} {N(right)} {N(bottom)}", reach + 4, (top + bottom) / 2);
    }

    private static (double X, double Y) Center(WorkflowGraphNode n) => (n.X + WorkflowGraph.NodeWidth / 2.0, n.Y + WorkflowGraph.NodeHeight / 2.0);

    /// <summary>Where the line from a box's centre towards (tx, ty) leaves the box.</summary>
    private static (double X, double Y) Clip(double cx, double cy, double tx, double ty)
    {
        var (dx, dy) = (tx - cx, ty - cy);
        if (Math.Abs(dx) < 0.001 && Math.Abs(dy) < 0.001)
        {
            return (cx, cy);
        }

        var t = Math.Min(
            Math.Abs(dx) < 0.001 ? double.MaxValue : WorkflowGraph.NodeWidth / 2.0 / Math.Abs(dx),
            Math.Abs(dy) < 0.001 ? double.MaxValue : WorkflowGraph.NodeHeight / 2.0 / Math.Abs(dy));
        return (cx + dx * t, cy + dy * t);
    }

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
