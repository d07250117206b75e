using System.Text.Json.Nodes;
using Cms.Workflows.Models;
using Cms.Workflows.Services;

namespace LtkSite.Tests.Integration.Workflows;

/// <summary>Builds a workflow type in code: activities by id, then the transitions between their outcomes.</summary>
public sealed class WorkflowTypeBuilder(string workflowTypeId)
{
    private readonly WorkflowDefinition _definition = new();

    public static string UniqueId(string name) => $"{name}-{Guid.NewGuid():N}"[..Math.Min(name.Length + 13, 60)];

    public string WorkflowTypeId => workflowTypeId;

    public WorkflowTypeBuilder Start(string activityId, string name, JsonObject? properties = null) => Add(activityId, name, properties, true);

    public WorkflowTypeBuilder Then(string activityId, string name, JsonObject? properties = null) => Add(activityId, name, properties, false);

    public WorkflowTypeBuilder Connect(string from, string outcome, string to)
    {
        _definition.Transitions.Add(new TransitionRecord(from, outcome, to));
        return this;
    }

    public WorkflowTypeDraft Build(bool singleton = false, bool deleteFinished = false) => new()
    {
        WorkflowTypeId = workflowTypeId,
        Name = workflowTypeId,
        IsSingleton = singleton,
        DeleteFinishedWorkflows = deleteFinished,
        Definition = WorkflowDefinitionJson.Read(WorkflowDefinitionJson.Write(_definition)),
    };

    public static JsonObject Signal(string name) => new() { ["SignalName"] = new JsonObject { ["Expression"] = name } };

    public static JsonObject SetProperty(string name, string value) => new() { ["PropertyName"] = name, ["Value"] = new JsonObject { ["Expression"] = value } };

    public static JsonObject Condition(string expression) => new() { ["Condition"] = new JsonObject { ["Expression"] = expression } };

    private WorkflowTypeBuilder Add(string activityId, string name, JsonObject? properties, bool start)
    {
        _definition.Activities.Add(new ActivityRecord { ActivityId = activityId, Name = name, IsStart = start, Properties = properties ?? [] });
        return this;
    }
}
