using Cms.Workflows.Activities;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Cms.Workflows.Services;

namespace LtkSite.Tests.Unit.Workflows;

/// <summary>How a type is laid out for its drawing: given positions kept, else layers from the start activities down.</summary>
public sealed class WorkflowGraphBuilderTests
{
    private static readonly KeyLocalizer<WorkflowStrings> T = new();

    private static readonly WorkflowGraphBuilder Builder = new(new ActivityCatalog([new SignalEvent(T), new IfElseTask(T), new SetPropertyTask(T)]));

    private static ActivityRecord Activity(string id, string name, bool start = false, int x = 0, int y = 0) =>
        new() { ActivityId = id, Name = name, IsStart = start, X = x, Y = y };

    [Fact]
    public void Without_positions_activities_are_placed_in_layers_below_the_first_activity_leading_to_them()
    {
        var definition = new WorkflowDefinition
        {
            Activities = [Activity("start", "SignalEvent", start: true), Activity("if", "IfElseTask"), Activity("yes", "SetPropertyTask"), Activity("no", "SetPropertyTask"), Activity("end", "SetPropertyTask"), Activity("orphan", "SetPropertyTask")],
            Transitions = [new("start", "Done", "if"), new("if", "True", "yes"), new("if", "False", "no"), new("yes", "Done", "end"), new("no", "Done", "end"), new("end", "Done", "start")],
        };

        var graph = Builder.Build(definition, new Dictionary<string, WorkflowGraphMark> { ["if"] = WorkflowGraphMark.Waiting });

        var node = graph.Nodes.ToDictionary(n => n.ActivityId);
        Assert.True(node["start"].Y < node["if"].Y && node["if"].Y < node["yes"].Y && node["yes"].Y < node["end"].Y);
        Assert.Equal(node["yes"].Y, node["no"].Y);
        Assert.True(node["no"].X >= node["yes"].X + WorkflowGraph.NodeWidth, "Boxes of one layer stand side by side without overlapping.");
        Assert.True(node["orphan"].Y > node["end"].Y, "An activity nothing leads to comes after the rest.");
        Assert.Equal(WorkflowGraphMark.Waiting, node["if"].Mark);
        Assert.Equal(WorkflowGraphMark.None, node["start"].Mark);
        Assert.True(node["start"].IsStart && node["start"].IsEvent);
        Assert.Equal(6, graph.Edges.Count);
        Assert.Equal(["Done", "True", "False", "Done", "Done", "Done"], graph.Edges.Select(e => e.OutcomeDisplayName));
        Assert.All(graph.Edges, e => Assert.StartsWith("M ", e.Path, StringComparison.Ordinal));
        Assert.All(graph.Nodes, n => Assert.True(n.X + WorkflowGraph.NodeWidth <= graph.Width && n.Y + WorkflowGraph.NodeHeight <= graph.Height));
    }

    [Fact]
    public void Given_positions_are_kept_relative_to_each_other()
    {
        var definition = new WorkflowDefinition
        {
            Activities = [Activity("a", "SignalEvent", start: true, x: 100, y: 50), Activity("b", "SetPropertyTask", x: 400, y: 50), Activity("c", "SetPropertyTask", x: 100, y: 300)],
            Transitions = [new("a", "Done", "b")],
        };

        var node = Builder.Build(definition).Nodes.ToDictionary(n => n.ActivityId);

        Assert.Equal(300, node["b"].X - node["a"].X);
        Assert.Equal(250, node["c"].Y - node["a"].Y);
        Assert.Equal(node["a"].X, node["c"].X);
    }

    [Fact]
    public void Activities_added_without_a_position_are_laid_out_below_the_placed_ones_without_overlapping_them()
    {
        var definition = new WorkflowDefinition
        {
            Activities = [Activity("a", "SignalEvent", start: true, x: 100, y: 50), Activity("b", "SetPropertyTask", x: 400, y: 200), Activity("new1", "SetPropertyTask"), Activity("new2", "SetPropertyTask")],
            Transitions = [new("a", "Done", "b"), new("b", "Done", "new1"), new("new1", "Done", "new2")],
        };

        var graph = Builder.Build(definition);

        var node = graph.Nodes.ToDictionary(n => n.ActivityId);
        Assert.Equal(300, node["b"].X - node["a"].X);
        Assert.True(node["new1"].Y >= node["b"].Y + WorkflowGraph.NodeHeight, "A new activity goes below the placed ones.");
        Assert.True(node["new2"].Y >= node["new1"].Y + WorkflowGraph.NodeHeight, "New activities are laid out in layers among themselves.");
        Assert.All(graph.Nodes, n => Assert.True(n.Y + WorkflowGraph.NodeHeight <= graph.Height));
    }

    [Fact]
    public void Arrows_between_the_same_two_boxes_bend_apart_and_a_transition_to_a_missing_activity_is_marked()
    {
        var definition = new WorkflowDefinition
        {
            Activities = [Activity("if", "IfElseTask", start: false), Activity("next", "SetPropertyTask")],
            Transitions = [new("if", "True", "next"), new("if", "False", "next"), new("next", "Done", "gone")],
        };

        var graph = Builder.Build(definition);

        var both = graph.Edges.Where(e => e.DestinationActivityId == "next").ToList();
        Assert.Equal(2, both.Count);
        Assert.NotEqual(both[0].Path, both[1].Path);
        Assert.NotEqual((both[0].LabelX, both[0].LabelY), (both[1].LabelX, both[1].LabelY));
        Assert.True(Assert.Single(graph.Edges, e => e.DestinationActivityId == "gone").DestinationMissing);
    }
}
