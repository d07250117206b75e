using System.Text.Json.Nodes;
using Cms.Contents.Fields;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Cms.Core.Recipes;

namespace Cms.Contents.Recipes;

/// <summary>
/// The <c>ContentDefinition</c> step in Orchard's shape (<c>ContentTypes[]</c>, <c>ContentParts[]</c>). A type or
/// part in the step replaces the stored one of that name; types and parts the step does not mention stay.
/// The whole step is checked before anything is stored (by the rules the admin pages apply), and what is already
/// stored as given is left alone, so running a recipe twice changes nothing the second time.
/// </summary>
public sealed class ContentDefinitionRecipeStep(ContentDefinitionService service, RecipeRunLog log, FieldTypeCatalog fieldTypes, ContentPartCatalog parts, IEnumerable<IContentTypeCheck> checks) : IRecipeStepHandler
{
    public string StepName => "ContentDefinition";

    public async Task ExecuteAsync(JsonObject step, CancellationToken cancellationToken)
    {
        var incoming = ContentDefinitionJson.Read(step);
        Validate(incoming, await service.GetAsync(cancellationToken), parts.AttachableParts, fieldTypes.Names);
        // The modules' rules for the types (a form's address must be free), before anything is stored.
        foreach (var type in incoming.Types)
        {
            foreach (var check in checks)
            {
                if (await check.CheckAsync(type, cancellationToken) is [var problem, ..])
                {
                    throw new RecipeException($"Type '{type.Name}': {problem}");
                }
            }
        }

        // Parts first, so a type's own part arrives with its fields rather than empty.
        foreach (var part in incoming.Parts)
        {
            Log(await service.ImportPartAsync(part, cancellationToken), "ContentPart", part.Name);
        }

        foreach (var type in incoming.Types)
        {
            Log(await service.ImportTypeAsync(type, cancellationToken), "ContentType", type.Name);
        }
    }

    /// <summary>Throws on the first thing in the step that could not work (see <see cref="ContentDefinitionService.ImportProblems"/>).</summary>
    public static void Validate(ContentDefinition incoming, ContentDefinition stored, IReadOnlyList<string> knownParts, IReadOnlyList<string>? knownFieldTypes = null)
    {
        if (ContentDefinitionService.ImportProblems(incoming, stored, knownParts, knownFieldTypes ?? FieldTypes.All) is [var first, ..])
        {
            throw new RecipeException(first);
        }
    }

    private void Log(RecipeChangeKind? change, string what, string name)
    {
        if (change is { } kind)
        {
            log.Add(kind, what, name);
        }
        else
        {
            log.AddUnchanged();
        }
    }
}
