using System.Text.Json.Nodes;
using Cms.Core.Recipes;
using Cms.Workflows.Activities;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Cms.Workflows.Recipes;
using Cms.Workflows.Services;

namespace LtkSite.Tests.Unit.Workflows;

/// <summary>The engine's pure parts: expressions, validation, the join and the recipe shape.</summary>
public sealed class WorkflowEngineLogicTests
{
    private static readonly KeyLocalizer<WorkflowStrings> T = new();

    private static readonly WorkflowExpressions Expressions = new();

    private static ActivityContext Context(JsonObject input, ActivityRecord? activity = null, WorkflowDefinition? definition = null, TransitionRecord? via = null) =>
        new(new WorkflowInstance { WorkflowId = "w1", Input = input }, definition ?? new WorkflowDefinition(), activity ?? new ActivityRecord { ActivityId = "a" }, null, via, Expressions);

    [Theory]
    [InlineData("Input.Amount > 5000", true)]
    [InlineData("Input.Amount > 5000 and Input.Kind == \"company\"", false)]
    [InlineData("Input.Title contains \"Haster\"", true)]
    [InlineData("Input.Missing == nil", true)]
    public async Task A_condition_is_a_Liquid_expression_over_the_input(string condition, bool expected)
    {
        var context = Context(new JsonObject { ["Amount"] = 12000, ["Kind"] = "association", ["Title"] = "Haster: vandskade" });

        Assert.Equal(expected, await Expressions.EvaluateAsync(condition, context, CancellationToken.None));
    }

    [Theory]
    [InlineData("true %}{% assign x = 1 %}{% if true")]
    [InlineData("{{ Input.Amount }}")]
    [InlineData("")]
    public void A_condition_cannot_leave_its_tag(string condition)
    {
        Assert.False(WorkflowExpressions.TryParseCondition(condition, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public async Task A_template_renders_plain_text_with_the_workflow_in_scope()
    {
        var text = await Expressions.RenderAsync("Ansøgning {{ Input.Title }} i {{ Workflow.WorkflowId }} <b>", Context(new JsonObject { ["Title"] = "Sommerfest & grill" }), CancellationToken.None);

        Assert.Equal("Ansøgning Sommerfest & grill i w1 <b>", text);
    }

    [Fact]
    public async Task A_join_that_waits_for_all_goes_on_once_each_incoming_transition_has_arrived()
    {
        var definition = new WorkflowDefinition
        {
            Activities = [new() { ActivityId = "join", Name = "JoinTask" }],
            Transitions = [new("a", "Done", "join"), new("b", "Done", "join")],
        };
        var join = new JoinTask(T);
        var instance = new WorkflowInstance { WorkflowId = "w1" };

        ActivityContext Arrive(string from) => new(instance, definition, definition.Activities[0], null, new TransitionRecord(from, "Done", "join"), Expressions);

        Assert.Empty((await join.ExecuteAsync(Arrive("a"), CancellationToken.None)).OutcomeNames);
        Assert.Empty((await join.ExecuteAsync(Arrive("a"), CancellationToken.None)).OutcomeNames);
        Assert.Equal([JoinTask.Joined], (await join.ExecuteAsync(Arrive("b"), CancellationToken.None)).OutcomeNames);
        Assert.False(instance.ActivityState["join"]!.AsObject().ContainsKey("Arrived"));
    }

    [Fact]
    public async Task A_join_that_waits_for_any_goes_on_with_the_first_branch_only()
    {
        var definition = new WorkflowDefinition
        {
            Activities = [new() { ActivityId = "join", Name = "JoinTask", Properties = new JsonObject { ["Mode"] = "WaitAny" } }],
            Transitions = [new("a", "Done", "join"), new("b", "Done", "join"), new("c", "Done", "join")],
        };
        var join = new JoinTask(T);
        var instance = new WorkflowInstance { WorkflowId = "w1" };

        ActivityContext Arrive(string from) => new(instance, definition, definition.Activities[0], null, new TransitionRecord(from, "Done", "join"), Expressions);

        Assert.Equal([JoinTask.Joined], (await join.ExecuteAsync(Arrive("b"), CancellationToken.None)).OutcomeNames);
        Assert.Empty((await join.ExecuteAsync(Arrive("a"), CancellationToken.None)).OutcomeNames);
    }

    [Fact]
    public void Validation_names_each_problem_and_where_it_is()
    {
        var catalog = new ActivityCatalog([new SignalEvent(T), new IfElseTask(T), new SetPropertyTask(T), new ForkTask(T)]);
        var definition = new WorkflowDefinition
        {
            Activities =
            [
                new() { ActivityId = "start", Name = "SignalEvent", IsStart = true, Properties = new JsonObject { ["SignalName"] = "go" } },
                new() { ActivityId = "set", Name = "SetPropertyTask", IsStart = true, Properties = new JsonObject { ["ActivityMetadata"] = new JsonObject { ["Title"] = "Sæt" } } },
                new() { ActivityId = "if", Name = "IfElseTask", Properties = new JsonObject { ["Condition"] = new JsonObject { ["Expression"] = "input('x') ==" } } },
                new() { ActivityId = "mail", Name = "SendGridTask" },
            ],
            Transitions = [new("start", "Done", "if"), new("if", "Maybe", "set"), new("if", "True", "gone")],
        };

        var errors = new WorkflowDefinitionValidator(catalog, new KeyLocalizer<WorkflowDefinitionStrings>()).Validate(definition);

        Assert.Contains("Activity 'set' (Sæt): 'SetPropertyTask' is a task; only an event can start a workflow.", errors);
        Assert.Contains("Activity 'set' (Sæt): Give the property's name (PropertyName).", errors);
        Assert.Contains(errors, e => e.StartsWith("Activity 'if': The condition 'input('x') ==' is not a Liquid expression", StringComparison.Ordinal));
        Assert.Contains("Activity 'mail': unknown activity 'SendGridTask' (known activities: ForkTask, IfElseTask, SetPropertyTask, SignalEvent).", errors);
        Assert.Contains("Transition 2 (if → set): 'IfElseTask' has no outcome 'Maybe' (its outcomes: True, False).", errors);
        Assert.Contains("Transition 3 (if → gone): there is no activity 'gone' to go to.", errors);
        Assert.Equal(6, errors.Count);
    }

    [Fact]
    public void The_recipe_shape_reads_either_casing_and_says_what_is_missing()
    {
        var draft = WorkflowTypeJson.Read(new JsonObject
        {
            ["workflowTypeId"] = "t1",
            ["name"] = "Ansøgninger",
            ["isSingleton"] = true,
            ["activities"] = new JsonArray(new JsonObject { ["activityId"] = "a", ["name"] = "SignalEvent", ["x"] = 10, ["y"] = 20.0, ["isStart"] = true }),
            ["transitions"] = new JsonArray(),
        }, 1);

        Assert.Equal(("t1", "Ansøgninger", true, true), (draft.WorkflowTypeId, draft.Name, draft.IsEnabled, draft.IsSingleton));
        Assert.Equal((10, 20, true), (draft.Definition.Activities[0].X, draft.Definition.Activities[0].Y, draft.Definition.Activities[0].IsStart));

        var missing = Assert.Throws<RecipeException>(() => WorkflowTypeJson.Read(new JsonObject { ["Name"] = "Uden id" }, 2));
        Assert.Equal("Workflow type 2 'Uden id' has no WorkflowTypeId.", missing.Message);
        var broken = Assert.Throws<RecipeException>(() => WorkflowTypeJson.Read(new JsonObject { ["WorkflowTypeId"] = "t2", ["Activities"] = new JsonArray(new JsonObject { ["Name"] = "LogTask" }) }, 3));
        Assert.Equal("Workflow type 3 't2': Activities[0] has no ActivityId.", broken.Message);
    }
}
