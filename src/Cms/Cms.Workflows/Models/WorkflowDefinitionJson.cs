using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Workflows.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Models;

/// <summary>
/// The definition document in Orchard's shape (<c>Activities[{ActivityId, Name, X, Y, IsStart, Properties}]</c>,
/// <c>Transitions[{SourceActivityId, SourceOutcomeName, DestinationActivityId}]</c>), for the database column,
/// the recipe step and export alike.
/// </summary>
public static class WorkflowDefinitionJson
{
    public static JsonObject Write(WorkflowDefinition definition) => new()
    {
        ["Activities"] = new JsonArray(definition.Activities.Select(a => (JsonNode)new JsonObject
        {
            ["ActivityId"] = a.ActivityId,
            ["Name"] = a.Name,
            ["X"] = a.X,
            ["Y"] = a.Y,
            ["IsStart"] = a.IsStart,
            ["Properties"] = a.Properties.DeepClone(),
        }).ToArray()),
        ["Transitions"] = new JsonArray(definition.Transitions.Select(t => (JsonNode)new JsonObject
        {
            ["SourceActivityId"] = t.SourceActivityId,
            ["SourceOutcomeName"] = t.SourceOutcomeName,
            ["DestinationActivityId"] = t.DestinationActivityId,
        }).ToArray()),
    };

    /// <summary>
    /// Reads the document; a missing or malformed part throws <see cref="FormatException"/> saying where, in the reader's
    /// language when <paramref name="T"/> is given.
    /// </summary>
    public static WorkflowDefinition Read(JsonObject json, IStringLocalizer<WorkflowDefinitionStrings>? T = null)
    {
        FormatException NotAnObject(string list, int i) => new(WorkflowDefinitionStrings.Say(T, "{0}[{1}] is not an object.", list, i));
        FormatException Missing(string list, int i, string name) => new(WorkflowDefinitionStrings.Say(T, "{0}[{1}] has no {2}.", list, i, name));
        var definition = new WorkflowDefinition();
        var activities = Property(json, "Activities") as JsonArray ?? [];
        for (var i = 0; i < activities.Count; i++)
        {
            if (activities[i] is not JsonObject a)
            {
                throw NotAnObject("Activities", i);
            }

            definition.Activities.Add(new ActivityRecord
            {
                ActivityId = StringOf(a, "ActivityId") ?? throw Missing("Activities", i, "ActivityId"),
                Name = StringOf(a, "Name") ?? throw Missing("Activities", i, "Name"),
                X = Int(a, "X"),
                Y = Int(a, "Y"),
                IsStart = Property(a, "IsStart") is JsonValue start && start.TryGetValue<bool>(out var isStart) && isStart,
                Properties = Property(a, "Properties") is JsonObject p ? (JsonObject)p.DeepClone() : [],
            });
        }

        var transitions = Property(json, "Transitions") as JsonArray ?? [];
        for (var i = 0; i < transitions.Count; i++)
        {
            if (transitions[i] is not JsonObject t)
            {
                throw NotAnObject("Transitions", i);
            }

            definition.Transitions.Add(new TransitionRecord(
                StringOf(t, "SourceActivityId") ?? throw Missing("Transitions", i, "SourceActivityId"),
                StringOf(t, "SourceOutcomeName") ?? throw Missing("Transitions", i, "SourceOutcomeName"),
                StringOf(t, "DestinationActivityId") ?? throw Missing("Transitions", i, "DestinationActivityId")));
        }

        return definition;
    }

    public static string Serialize(WorkflowDefinition definition) => Write(definition).ToJsonString();

    public static WorkflowDefinition Deserialize(string json) => Read((JsonObject)JsonNode.Parse(json)!);

    public static bool AreEqual(WorkflowDefinition a, WorkflowDefinition b) => JsonNode.DeepEquals(Write(a), Write(b));

    /// <summary>Orchard's exports mix <c>Name</c> and <c>name</c>: read properties ignoring case.</summary>
    public static JsonNode? Property(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var exact))
        {
            return exact;
        }

        return obj.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    }

    public static string? StringOf(JsonObject obj, string name) =>
        Property(obj, name) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static int Int(JsonObject obj, string name) =>
        Property(obj, name) is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? (int)Cms.Core.Text.JsonFluidValues.Number(v) : 0;
}
