using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Contents.Recipes;

/// <summary>What to export: the types (with the parts they use) and, when asked, their items or chosen items.</summary>
public sealed class RecipeExportRequest
{
    public string Name { get; init; } = "export";

    public string DisplayName { get; init; } = "";

    public string Description { get; init; } = "";

    public IReadOnlyCollection<string> ContentTypes { get; init; } = [];

    /// <summary>Export the items of <see cref="ContentTypes"/>.</summary>
    public bool IncludeContent { get; init; }

    /// <summary>Items to export whatever their type (their types are not added to the definition step).</summary>
    public IReadOnlyCollection<string> ContentItemIds { get; init; } = [];
}

/// <summary>
/// Writes a recipe in Orchard's shape that rebuilds the chosen types and items on another site: a
/// <c>ContentDefinition</c> step and a <c>Content</c> step holding each item's published version and,
/// when it differs, its newer draft (published first, so importing replays them in order).
/// </summary>
public sealed class RecipeExportBuilder(ContentDefinitionManager definitions, LtkDbContext db)
{
    public async Task<JsonObject> BuildAsync(RecipeExportRequest request, CancellationToken cancellationToken = default)
    {
        var steps = new JsonArray();
        var definition = await definitions.GetAsync(cancellationToken);
        var types = definition.Types.Where(t => request.ContentTypes.Contains(t.Name, StringComparer.Ordinal)).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        if (types.Count > 0)
        {
            var partNames = types.SelectMany(t => t.Parts.Select(p => p.PartName)).ToHashSet(StringComparer.Ordinal);
            var parts = definition.Parts.Where(p => partNames.Contains(p.Name)).OrderBy(p => p.Name, StringComparer.Ordinal);
            var step = ContentDefinitionJson.Write(types, parts);
            step.Insert(0, "name", "ContentDefinition");
            steps.Add(step);
        }

        var typeNames = request.IncludeContent ? types.Select(t => t.Name).ToList() : [];
        var ids = request.ContentItemIds.ToList();
        if (typeNames.Count > 0 || ids.Count > 0)
        {
            var versions = await db.Set<ContentItem>().AsNoTracking()
                .Where(i => (i.Latest || i.Published) && i.DeletedUtc == null)
                .Where(i => typeNames.Contains(i.ContentType) || ids.Contains(i.ContentItemId))
                .OrderBy(i => i.CreatedUtc).ThenBy(i => i.ContentItemId).ThenBy(i => i.Number)
                .ToListAsync(cancellationToken);
            steps.Add(new JsonObject
            {
                ["name"] = "Content",
                ["data"] = new JsonArray(versions.Select(v => (JsonNode)WriteItem(v)).ToArray<JsonNode?>()),
            });
        }

        return new JsonObject
        {
            ["name"] = request.Name,
            ["displayName"] = string.IsNullOrWhiteSpace(request.DisplayName) ? request.Name : request.DisplayName,
            ["description"] = request.Description,
            ["author"] = "",
            ["website"] = "",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray(),
            ["tags"] = new JsonArray(),
            ["steps"] = steps,
        };
    }

    /// <summary>An item version as Orchard exports it: the index properties, then one object per part.</summary>
    public static JsonObject WriteItem(ContentItem item)
    {
        var json = new JsonObject
        {
            ["ContentItemId"] = item.ContentItemId,
            ["ContentItemVersionId"] = item.ContentItemVersionId,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
            ["Latest"] = item.Latest,
            ["Published"] = item.Published,
            ["ModifiedUtc"] = Date(item.ModifiedUtc),
            ["PublishedUtc"] = item.PublishedUtc is { } published ? Date(published) : null,
            ["CreatedUtc"] = Date(item.CreatedUtc),
            ["Owner"] = item.Owner,
            ["Author"] = item.Author,
        };
        foreach (var (part, value) in item.Content)
        {
            json[part] = value?.DeepClone();
        }

        return json;
    }

    private static string Date(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
}
