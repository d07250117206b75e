using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Recipes;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Recipes;

/// <summary>One workflow type in Orchard's recipe shape, read and written.</summary>
public static class WorkflowTypeJson
{
    /// <summary>Reads one type; <paramref name="T"/> words the errors in the reader's language (English keys without it).</summary>
    public static WorkflowTypeDraft Read(JsonObject json, int position, IStringLocalizer<WorkflowDefinitionStrings>? T = null)
    {
        string Say(string key, params object[] arguments) => WorkflowDefinitionStrings.Say(T, key, arguments);
        var id = Recipe.GetString(json, "WorkflowTypeId");
        var name = Recipe.GetString(json, "Name");
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new RecipeException(name is null ? Say("Workflow type {0} has no WorkflowTypeId.", position) : Say("Workflow type {0} '{1}' has no WorkflowTypeId.", position, name));
        }

        WorkflowDefinition definition;
        try
        {
            definition = WorkflowDefinitionJson.Read(json, T);
        }
        catch (FormatException ex)
        {
            throw new RecipeException(Say("Workflow type {0} '{1}': {2}", position, name ?? id, ex.Message), ex);
        }

        return new WorkflowTypeDraft
        {
            WorkflowTypeId = id,
            Name = string.IsNullOrWhiteSpace(name) ? id : name,
            IsEnabled = Bool(json, "IsEnabled", true),
            IsSingleton = Bool(json, "IsSingleton", false),
            LockTimeout = Int(json, "LockTimeout"),
            LockExpiration = Int(json, "LockExpiration"),
            DeleteFinishedWorkflows = Bool(json, "DeleteFinishedWorkflows", false),
            Definition = definition,
        };
    }

    public static JsonObject Write(WorkflowTypeDraft type)
    {
        var json = new JsonObject
        {
            ["WorkflowTypeId"] = type.WorkflowTypeId,
            ["Name"] = type.Name,
            ["IsEnabled"] = type.IsEnabled,
            ["IsSingleton"] = type.IsSingleton,
            ["LockTimeout"] = type.LockTimeout,
            ["LockExpiration"] = type.LockExpiration,
            ["DeleteFinishedWorkflows"] = type.DeleteFinishedWorkflows,
        };
        foreach (var (key, value) in WorkflowDefinitionJson.Write(type.Definition).ToList())
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }

    private static bool Bool(JsonObject json, string name, bool fallback) =>
        Recipe.GetProperty(json, name) is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : fallback;

    private static int Int(JsonObject json, string name) =>
        Recipe.GetProperty(json, name) is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? (int)Cms.Core.Text.JsonFluidValues.Number(v) : 0;
}
