using System.Text.Json.Nodes;
using Cms.Contents.Fields;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Cms.Core.Data;
using Cms.Core.Recipes;

namespace Cms.Contents.Recipes;

/// <summary>
/// The <c>ContentDefinition</c> step in Orchard's shape (<c>ContentTypes[]</c>, <c>ContentParts[]</c>). A type or
/// part in the step replaces the stored one of that name; types and parts the step does not mention stay.
/// The whole step is checked before anything is stored, and what is already stored as given is left alone,
/// so running a recipe twice changes nothing the second time.
/// </summary>
public sealed class ContentDefinitionRecipeStep(ContentDefinitionManager definitions, LtkDbContext db, RecipeRunLog log, FieldTypeCatalog fieldTypes, ContentPartCatalog parts) : IRecipeStepHandler
{
    public string StepName => "ContentDefinition";

    public async Task ExecuteAsync(JsonObject step, CancellationToken cancellationToken)
    {
        var incoming = ContentDefinitionJson.Read(step);
        var stored = await definitions.GetAsync(cancellationToken);
        Validate(incoming, stored, parts.AttachableParts, fieldTypes.Names);

        // Parts first, so a type's own part arrives with its fields rather than empty.
        foreach (var part in incoming.Parts)
        {
            var before = stored.FindPart(part.Name);
            if (before is not null && JsonNode.DeepEquals(ContentDefinitionJson.WritePart(before), ContentDefinitionJson.WritePart(part)))
            {
                log.AddUnchanged();
                continue;
            }

            await definitions.StorePartAsync(part, cancellationToken: cancellationToken);
            await SaveAsync(cancellationToken);
            log.Add(before is null ? RecipeChangeKind.Created : RecipeChangeKind.Updated, "ContentPart", part.Name);
            stored = await definitions.GetAsync(cancellationToken);
        }

        foreach (var type in incoming.Types)
        {
            var before = stored.FindType(type.Name);
            if (before is not null && JsonNode.DeepEquals(ContentDefinitionJson.WriteType(before), ContentDefinitionJson.WriteType(type)))
            {
                log.AddUnchanged();
                continue;
            }

            await definitions.StoreTypeAsync(type, cancellationToken: cancellationToken);
            await SaveAsync(cancellationToken);
            log.Add(before is null ? RecipeChangeKind.Created : RecipeChangeKind.Updated, "ContentType", type.Name);
            stored = await definitions.GetAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Saves each change at once (inside the recipe's transaction, so a later failure still undoes it): the
    /// definition manager looks for the stored definition row in the database, and on a new site a second
    /// unsaved change would otherwise add that row twice.
    /// </summary>
    private Task<int> SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>
    /// Throws on the first thing in the step that could not work: an unknown field type or a part nobody defines.
    /// <paramref name="knownParts"/> are the parts the site's modules register.
    /// </summary>
    public static void Validate(ContentDefinition incoming, ContentDefinition stored, IReadOnlyList<string> knownParts, IReadOnlyList<string>? knownFieldTypes = null)
    {
        knownFieldTypes ??= FieldTypes.All;
        foreach (var part in incoming.Parts)
        {
            foreach (var field in part.Fields)
            {
                if (!knownFieldTypes.Contains(field.FieldName, StringComparer.Ordinal))
                {
                    throw new RecipeException(
                        $"Part '{part.Name}', field '{field.Name}': unknown field type '{field.FieldName}' (known field types: {string.Join(", ", knownFieldTypes)}).");
                }
            }
        }

        foreach (var type in incoming.Types)
        {
            foreach (var typePart in type.Parts)
            {
                var known = knownParts.Contains(typePart.PartName, StringComparer.Ordinal)
                    || typePart.PartName == PartNames.Contained
                    || typePart.PartName == type.Name
                    || incoming.FindPart(typePart.PartName) is not null
                    || stored.FindPart(typePart.PartName) is not null;
                if (!known)
                {
                    throw new RecipeException(
                        $"Content type '{type.Name}' uses part '{typePart.PartName}', which is neither a part of this site's modules ({string.Join(", ", knownParts.Append(PartNames.Contained))}) nor defined in the recipe's ContentParts or on this site.");
                }
            }
        }
    }
}
