using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Core.Recipes;

namespace Cms.Contents.Recipes;

/// <summary>
/// The <c>Content</c> step in Orchard's shape: <c>data[]</c> of items, each with its id, type, flags and
/// one object per part. Items go through the content manager, so part handlers (paths, localization)
/// and the audit trail see them as they see an editor's save. An item whose parts and publish state
/// already match what is stored is left alone, so a second run adds no versions.
/// </summary>
public sealed class ContentRecipeStep(LtkDbContext db, ContentManager contents, ContentDefinitionManager definitions, RecipeRunLog log) : IRecipeStepHandler
{
    /// <summary>Item properties that are not parts (everything else that is an object is a part).</summary>
    private static readonly HashSet<string> s_itemProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
        "Owner", "Author", "CreatedUtc", "ModifiedUtc", "PublishedUtc",
    };

    public string StepName => "Content";

    public async Task ExecuteAsync(JsonObject step, CancellationToken cancellationToken)
    {
        if (Recipe.GetProperty(step, "data") is not JsonArray data)
        {
            throw new RecipeException("The step has no 'data' array of content items.");
        }

        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject entry)
            {
                throw new RecipeException($"Item {i + 1} is not a JSON object.");
            }

            await ImportAsync(entry, i + 1, cancellationToken);

            // Every item is saved by now (the caller's transaction stays open). Without this the unit of work
            // would track every imported row, and each save would compare all of them with their snapshots:
            // the import grew with the square of the item count (10,000 items took about 12 minutes).
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private async Task ImportAsync(JsonObject entry, int number, CancellationToken cancellationToken)
    {
        var id = Recipe.GetString(entry, "ContentItemId");
        var typeName = Recipe.GetString(entry, "ContentType");
        var displayText = Recipe.GetString(entry, "DisplayText") ?? "";
        var label = $"Item {number} ('{displayText}', id {id ?? "none"})";
        if (string.IsNullOrWhiteSpace(typeName))
        {
            throw new RecipeException($"{label} has no 'ContentType'.");
        }

        if (await definitions.GetTypeAsync(typeName, cancellationToken) is null)
        {
            throw new RecipeException($"{label}: unknown content type '{typeName}'. Define it in a ContentDefinition step before the Content step.");
        }

        if (string.IsNullOrEmpty(id))
        {
            id = ContentIds.New();
        }
        else if (!ContentIds.IsValid(id))
        {
            throw new RecipeException($"{label}: the ContentItemId must be 1 to 26 letters or digits.");
        }

        var published = GetBool(entry, "Published") ?? true;
        var latest = GetBool(entry, "Latest") ?? true;
        var content = new JsonObject();
        foreach (var (key, value) in entry)
        {
            if (value is JsonObject part && !s_itemProperties.Contains(key))
            {
                content[key] = part.DeepClone();
            }
        }

        try
        {
            var stored = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
            if (stored is null)
            {
                var item = new ContentItem
                {
                    ContentItemId = id,
                    ContentType = typeName,
                    DisplayText = displayText,
                    Owner = Recipe.GetString(entry, "Owner") ?? "",
                    CreatedUtc = GetDate(entry, "CreatedUtc") ?? default,
                    Content = content,
                };
                await contents.CreateAsync(item, published, cancellationToken);
                log.Add(RecipeChangeKind.Created, typeName, Name(item));
                return;
            }

            if (stored.ContentType != typeName)
            {
                throw new RecipeException($"{label}: an item with this id exists already as a '{stored.ContentType}'.");
            }

            // A recipe that lists a deleted item wants it back: restored first, then compared as usual.
            if (stored.DeletedUtc is not null)
            {
                await contents.RestoreAsync(id, cancellationToken);
                stored = (await contents.GetAsync(id, VersionOptions.Latest, cancellationToken))!;
                log.Add(RecipeChangeKind.Updated, typeName, Name(stored));
            }

            // An older published version listed beside a newer draft is compared with the stored published version.
            var compareWith = published && !latest ? await contents.GetAsync(id, VersionOptions.Published, cancellationToken) : stored;
            if (compareWith is not null && compareWith.Published == published && Contains(compareWith.Content, content))
            {
                log.AddUnchanged();
                return;
            }

            var edited = stored.CloneAsNewVersion();
            edited.Content = content;
            edited.DisplayText = displayText;
            var saved = await contents.UpdateAsync(edited, BaseVersion.SaveOverLatest, publish: published, cancellationToken: cancellationToken);
            log.Add(RecipeChangeKind.Updated, typeName, Name(saved));
        }
        catch (ContentValidationException ex)
        {
            throw new RecipeException($"{label}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Whether every part property the recipe gives is stored with that value. Handlers may add to a part
    /// (a generated path, a localization set), so extra stored properties do not count as a difference.
    /// </summary>
    private static bool Contains(JsonObject stored, JsonObject given)
    {
        foreach (var (partName, partNode) in given)
        {
            if (stored[partName] is not JsonObject storedPart || partNode is not JsonObject givenPart)
            {
                return false;
            }

            foreach (var (property, value) in givenPart)
            {
                if (!storedPart.TryGetPropertyValue(property, out var storedValue) || !JsonNode.DeepEquals(storedValue, value))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string Name(ContentItem item) => string.IsNullOrWhiteSpace(item.DisplayText) ? item.ContentItemId : item.DisplayText;

    /// <summary>Orchard writes flags as booleans; older files as "True"/"False".</summary>
    private static bool? GetBool(JsonObject entry, string name) => Recipe.GetProperty(entry, name) switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
        _ => null,
    };

    private static DateTime? GetDate(JsonObject entry, string name) =>
        Recipe.GetString(entry, name) is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
