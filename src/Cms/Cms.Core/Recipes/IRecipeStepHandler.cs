using System.Text.Json.Nodes;

namespace Cms.Core.Recipes;

/// <summary>
/// Carries out one kind of recipe step (matched on the step's <c>name</c>, ignoring case). Modules add
/// steps with <c>services.AddRecipeStep&lt;T&gt;()</c>. A handler throws <see cref="RecipeException"/>
/// with a clear reason when the step's data is wrong; the executor adds the step's name and number.
/// </summary>
public interface IRecipeStepHandler
{
    string StepName { get; }

    Task ExecuteAsync(JsonObject step, CancellationToken cancellationToken);
}
