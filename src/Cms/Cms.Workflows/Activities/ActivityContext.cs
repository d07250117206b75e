using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Workflows.Models;
using Cms.Workflows.Services;

namespace Cms.Workflows.Activities;

/// <summary>What an activity sees while it runs: the instance, the type version, its own settings and state, the event.</summary>
public sealed class ActivityContext
{
    internal ActivityContext(WorkflowInstance instance, WorkflowDefinition definition, ActivityRecord activity, WorkflowEvent? @event, TransitionRecord? incoming, WorkflowExpressions expressions)
    {
        Instance = instance;
        Definition = definition;
        Activity = activity;
        Event = @event;
        IncomingTransition = incoming;
        Expressions = expressions;
    }

    public WorkflowInstance Instance { get; }

    public WorkflowDefinition Definition { get; }

    public ActivityRecord Activity { get; }

    /// <summary>The event that started or resumed this run, when there was one (not on a retry).</summary>
    public WorkflowEvent? Event { get; }

    /// <summary>The transition that led here; null for the activity a run starts or resumes at.</summary>
    public TransitionRecord? IncomingTransition { get; }

    public WorkflowExpressions Expressions { get; }

    public JsonObject Input => Instance.Input;

    public JsonObject Properties => Instance.Properties;

    /// <summary>This activity's own state in the instance, kept between executions.</summary>
    public JsonObject State
    {
        get
        {
            if (Instance.ActivityState[Activity.ActivityId] is not JsonObject state)
            {
                state = [];
                Instance.ActivityState[Activity.ActivityId] = state;
            }

            return state;
        }
    }

    /// <summary>A setting as text; Orchard stores expressions as <c>{ "Expression": "…" }</c>, plain settings as strings.</summary>
    public string? Setting(string name) => SettingOf(Activity, name);

    /// <summary>Renders a setting that is a Liquid template over the workflow (empty when the setting is absent).</summary>
    public Task<string> RenderSettingAsync(string name, CancellationToken cancellationToken) =>
        Expressions.RenderAsync(Setting(name) ?? "", this, cancellationToken);

    public static string? SettingOf(ActivityRecord activity, string name) => WorkflowDefinitionJson.Property(activity.Properties, name) switch
    {
        JsonObject expression => WorkflowDefinitionJson.StringOf(expression, "Expression"),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    /// <summary>A setting that is a list of strings (Orchard's <c>ContentTypeFilter</c>, <c>Forks</c>).</summary>
    public static IReadOnlyList<string> ListOf(ActivityRecord activity, string name) =>
        WorkflowDefinitionJson.Property(activity.Properties, name) is JsonArray array
            ? array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).ToList()
            : [];
}
