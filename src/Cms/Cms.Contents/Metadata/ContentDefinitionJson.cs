using System.Text.Json.Nodes;
using Cms.Core.Recipes;

namespace Cms.Contents.Metadata;

/// <summary>
/// Converts definitions to and from Orchard Core's ContentDefinition JSON shape:
/// <c>ContentTypes[]</c> with <c>Name</c>, <c>DisplayName</c>, <c>Settings</c>, <c>ContentTypePartDefinitionRecords[]</c>
/// and <c>ContentParts[]</c> with <c>ContentPartFieldDefinitionRecords[]</c>. The same shape is stored in
/// the database, used by the recipe step and written by the export.
/// </summary>
public static class ContentDefinitionJson
{
    public static JsonObject Write(IEnumerable<ContentTypeDefinition> types, IEnumerable<ContentPartDefinition> parts) => new()
    {
        ["ContentTypes"] = new JsonArray(types.Select(WriteType).ToArray<JsonNode?>()),
        ["ContentParts"] = new JsonArray(parts.Select(WritePart).ToArray<JsonNode?>()),
    };

    public static JsonObject WriteType(ContentTypeDefinition type) => new()
    {
        ["Name"] = type.Name,
        ["DisplayName"] = type.DisplayName,
        ["Settings"] = type.Settings.DeepClone(),
        ["ContentTypePartDefinitionRecords"] = new JsonArray(type.Parts.Select(p => (JsonNode)new JsonObject
        {
            ["PartName"] = p.PartName,
            ["Name"] = p.Name,
            ["Settings"] = p.Settings.DeepClone(),
        }).ToArray<JsonNode?>()),
    };

    public static JsonObject WritePart(ContentPartDefinition part) => new()
    {
        ["Name"] = part.Name,
        ["Settings"] = part.Settings.DeepClone(),
        ["ContentPartFieldDefinitionRecords"] = new JsonArray(part.Fields.Select(f => (JsonNode)new JsonObject
        {
            ["FieldName"] = f.FieldName,
            ["Name"] = f.Name,
            ["Settings"] = f.Settings.DeepClone(),
        }).ToArray<JsonNode?>()),
    };

    public static ContentDefinition Read(JsonObject root)
    {
        var definition = new ContentDefinition();
        foreach (var node in Array(root, "ContentTypes"))
        {
            definition.Types.Add(ReadType(node));
        }

        foreach (var node in Array(root, "ContentParts"))
        {
            definition.Parts.Add(ReadPart(node));
        }

        return definition;
    }

    public static ContentTypeDefinition ReadType(JsonObject node)
    {
        var name = Required(node, "Name", "content type");
        var settings = ReadSettings(node, "ContentTypeSettings", s_typeSettingsKeys);
        return new ContentTypeDefinition
        {
            Name = name,
            DisplayName = Recipe.GetString(node, "DisplayName") ?? name,
            Settings = settings,
            Parts = Array(node, "ContentTypePartDefinitionRecords").Select(p =>
            {
                var partName = Required(p, "PartName", $"part of content type '{name}'");
                return new ContentTypePartDefinition
                {
                    PartName = partName,
                    Name = Recipe.GetString(p, "Name") ?? partName,
                    Settings = ReadSettings(p, "ContentTypePartSettings", s_typePartSettingsKeys),
                };
            }).ToList(),
        };
    }

    public static ContentPartDefinition ReadPart(JsonObject node)
    {
        var name = Required(node, "Name", "content part");
        return new ContentPartDefinition
        {
            Name = name,
            Settings = ReadSettings(node, "ContentPartSettings", s_partSettingsKeys),
            Fields = Array(node, "ContentPartFieldDefinitionRecords").Select(f =>
            {
                var fieldType = Required(f, "FieldName", $"field of part '{name}'");
                return new ContentPartFieldDefinition
                {
                    FieldName = fieldType,
                    Name = Required(f, "Name", $"{fieldType} of part '{name}'"),
                    Settings = ReadSettings(f, "ContentPartFieldSettings", s_fieldSettingsKeys),
                };
            }).ToList(),
        };
    }

    private static readonly string[] s_typeSettingsKeys = ["Creatable", "Listable", "Draftable", "Versionable", "Securable", "Stereotype", "Description"];
    private static readonly string[] s_typePartSettingsKeys = ["Position", "DisplayName", "Description", "Editor"];
    private static readonly string[] s_partSettingsKeys = ["Attachable", "Reusable", "DisplayName", "Description"];
    private static readonly string[] s_fieldSettingsKeys = ["DisplayName", "Position", "Description", "Editor", "DisplayMode", "Hint"];

    /// <summary>
    /// Settings in the grouped shape are taken as they are. Older Orchard exports put the common
    /// settings flat (<c>"Settings": {"Creatable": "True", "Position": "1"}</c>); those keys are moved into
    /// their group so both shapes read the same.
    /// </summary>
    private static JsonObject ReadSettings(JsonObject node, string group, string[] flatKeys)
    {
        var settings = Recipe.GetProperty(node, "Settings") is JsonObject s ? (JsonObject)s.DeepClone() : [];
        var flat = settings.Where(p => p.Value is JsonValue && flatKeys.Contains(p.Key, StringComparer.OrdinalIgnoreCase)).ToList();
        if (flat.Count > 0)
        {
            var target = settings[group] as JsonObject ?? [];
            foreach (var (key, value) in flat)
            {
                settings.Remove(key);
                var targetKey = string.Equals(key, "Hint", StringComparison.OrdinalIgnoreCase) ? "Description" : key;
                target[targetKey] ??= value?.DeepClone();
            }

            settings[group] = target;
        }

        // Orchard keeps a type's or field's display name both at the top and in the group.
        if (Recipe.GetString(node, "DisplayName") is { } displayName && group is "ContentPartFieldSettings" or "ContentTypePartSettings")
        {
            var target = settings[group] as JsonObject ?? [];
            target["DisplayName"] ??= displayName;
            settings[group] = target;
        }

        return settings;
    }

    private static IEnumerable<JsonObject> Array(JsonObject node, string name) =>
        Recipe.GetProperty(node, name) is JsonArray array ? array.OfType<JsonObject>() : [];

    private static string Required(JsonObject node, string property, string what) =>
        Recipe.GetString(node, property) is { Length: > 0 } value
            ? value
            : throw new RecipeException($"A {what} has no '{property}'.");
}
