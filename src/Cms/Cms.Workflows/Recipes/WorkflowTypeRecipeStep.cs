using System.Text.Json.Nodes;
using Cms.Core.Data;
using Cms.Core.Recipes;
using Cms.Workflows.Localization;
using Cms.Workflows.Services;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Recipes;

/// <summary>
/// The <c>WorkflowType</c> step in Orchard's shape (<c>data[]</c> of types with <c>Activities</c> and
/// <c>Transitions</c>). Every type in the step is checked before anything is stored; a changed type gets a new
/// version, an unchanged one is left alone, and no instance is touched. Its errors are in the language of whoever imports it.
/// </summary>
public sealed class WorkflowTypeRecipeStep(WorkflowTypeStore store, WorkflowDefinitionValidator validator, LtkDbContext db, IStringLocalizer<WorkflowDefinitionStrings> T) : IRecipeStepHandler
{
    public string StepName => "WorkflowType";

    public async Task ExecuteAsync(JsonObject step, CancellationToken cancellationToken)
    {
        if (Recipe.GetProperty(step, "data") is not JsonArray data)
        {
            throw new RecipeException(T["The step has no 'data' array of workflow types."]);
        }

        var drafts = new List<WorkflowTypeDraft>();
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject json)
            {
                throw new RecipeException(T["Workflow type {0} is not an object.", i + 1]);
            }

            var draft = WorkflowTypeJson.Read(json, i + 1, T);
            var errors = validator.Validate(draft.Definition);
            if (errors.Count > 0)
            {
                throw new RecipeException(T["Workflow type '{0}': {1}", draft.Name, string.Join(" ", errors)]);
            }

            drafts.Add(draft);
        }

        foreach (var draft in drafts)
        {
            await store.SaveAsync(draft, cancellationToken);
            // Each type is saved at once (within the recipe's transaction), so a type named twice is found the second time.
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
