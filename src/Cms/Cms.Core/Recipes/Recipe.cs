using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Core.Recipes;

/// <summary>A recipe in Orchard Core's JSON shape: <c>name</c>, <c>displayName</c>, <c>description</c>, <c>steps[]</c>.</summary>
public sealed class Recipe
{
    public required string Name { get; init; }

    public string DisplayName { get; init; } = "";

    public string Description { get; init; } = "";

    public required IReadOnlyList<JsonObject> Steps { get; init; }

    private static readonly JsonDocumentOptions s_documentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static async Task<Recipe> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        return await ParseAsync(stream, Path.GetFileName(path), cancellationToken);
    }

    public static async Task<Recipe> ParseAsync(Stream stream, string source, CancellationToken cancellationToken = default)
    {
        JsonNode? root;
        try
        {
            root = await JsonNode.ParseAsync(stream, documentOptions: s_documentOptions, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new RecipeException($"Recipe '{source}' is not valid JSON: {ex.Message}", ex);
        }

        if (root is not JsonObject obj)
        {
            throw new RecipeException($"Recipe '{source}' must be a JSON object.");
        }

        var name = GetString(obj, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RecipeException($"Recipe '{source}' has no 'name'.");
        }

        if (GetProperty(obj, "steps") is not JsonArray steps)
        {
            throw new RecipeException($"Recipe '{source}' has no 'steps' array.");
        }

        var list = new List<JsonObject>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step || string.IsNullOrWhiteSpace(GetString(step, "name")))
            {
                throw new RecipeException($"Recipe '{source}': step {i + 1} is not an object with a 'name'.");
            }

            list.Add(step);
        }

        return new Recipe
        {
            Name = name,
            DisplayName = GetString(obj, "displayName") ?? name,
            Description = GetString(obj, "description") ?? "",
            Steps = list,
        };
    }

    /// <summary>Reads a property by name, ignoring case, as Orchard's recipes mix <c>name</c> and <c>Name</c>.</summary>
    public static JsonNode? GetProperty(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    public static string? GetString(JsonObject obj, string name) =>
        GetProperty(obj, name) is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
}
