using Microsoft.Extensions.Logging;

namespace Cms.Core.Recipes;

/// <summary>
/// Runs a recipe's steps in order within the caller's unit of work. It does not commit: the caller
/// decides (setup wraps the whole run in one transaction, so a failed step leaves nothing behind).
/// </summary>
public sealed partial class RecipeExecutor(IEnumerable<IRecipeStepHandler> handlers, ILogger<RecipeExecutor> logger)
{
    private readonly Dictionary<string, IRecipeStepHandler> _handlers =
        handlers.ToDictionary(h => h.StepName, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> StepNames => _handlers.Keys;

    public async Task ExecuteAsync(Recipe recipe, CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var step = recipe.Steps[i];
            var stepName = Recipe.GetString(step, "name")!;
            if (!_handlers.TryGetValue(stepName, out var handler))
            {
                throw new RecipeException(
                    $"Recipe '{recipe.Name}', step {i + 1} '{stepName}': no module handles this step (known steps: {string.Join(", ", _handlers.Keys.Order(StringComparer.Ordinal))}).")
                {
                    StepName = stepName,
                    StepNumber = i + 1,
                };
            }

            try
            {
                await handler.ExecuteAsync(step, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new RecipeException($"Recipe '{recipe.Name}', step {i + 1} '{stepName}' failed: {ex.Message}", ex)
                {
                    StepName = stepName,
                    StepNumber = i + 1,
                };
            }

            LogStepDone(logger, recipe.Name, i + 1, stepName);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recipe '{Recipe}': step {Number} '{Step}' done")]
    private static partial void LogStepDone(ILogger logger, string recipe, int number, string step);
}
