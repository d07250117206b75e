using Cms.Core.AuditTrail;
using Cms.Core.Data;
using Cms.Core.Recipes;
using Cms.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cms.Contents.Recipes;

/// <summary>How a recipe run ended: what changed, or which step failed and why (and then nothing was kept).</summary>
public sealed record RecipeRunResult(
    string RecipeName,
    string RecipeDisplayName,
    IReadOnlyList<string> Steps,
    bool Succeeded,
    string? FailedStep,
    int? FailedStepNumber,
    string? Error,
    IReadOnlyList<RecipeChange> Changes,
    int Unchanged)
{
    /// <summary>What the Roles step did to each role it names.</summary>
    public IReadOnlyList<RoleRecipeChange> RoleChanges { get; init; } = [];
}

/// <summary>
/// Runs a recipe from the admin in one database transaction: either every step's changes and the
/// audit record of the run are stored, or none of them. What the steps' changes queue for after the
/// commit (page cache eviction, events) runs when the transaction commits, and never after a rollback.
/// </summary>
public sealed partial class RecipeRunner(
    LtkDbContext db,
    RecipeExecutor executor,
    RecipeRunLog log,
    RoleRecipeLog roleLog,
    AuditTrailService audit,
    ILogger<RecipeRunner> logger)
{
    public async Task<RecipeRunResult> RunAsync(Recipe recipe, string source, CancellationToken cancellationToken = default)
    {
        var steps = recipe.Steps.Select(s => Recipe.GetString(s, "name") ?? "").ToList();
        await using var transaction = await db.BeginUnitOfWorkAsync(cancellationToken);
        try
        {
            await executor.ExecuteAsync(recipe, cancellationToken);
            audit.Record(new AuditTrailEntry("Recipe", "Run", recipe.Name, recipe.DisplayName)
            {
                Comment = $"{source}: {log.Changes.Count} changes, {log.Unchanged} unchanged, {roleLog.Changes.Sum(r => r.Changed)} role permissions changed",
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is RecipeException or DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var recipeError = ex as RecipeException;
            LogRecipeFailed(logger, recipe.Name, source, recipeError?.StepName ?? "(saving)", ex.Message);
            return new RecipeRunResult(recipe.Name, recipe.DisplayName, steps, false, recipeError?.StepName, recipeError?.StepNumber, Reason(ex), [], 0);
        }

        LogRecipeRun(logger, recipe.Name, source, log.Changes.Count);
        return new RecipeRunResult(recipe.Name, recipe.DisplayName, steps, true, null, null, null, log.Changes.ToList(), log.Unchanged)
        {
            RoleChanges = roleLog.Changes.ToList(),
        };
    }

    /// <summary>The step's own reason, without the executor's "Recipe 'x', step n 'y' failed:" prefix the page shows separately.</summary>
    private static string Reason(Exception ex) =>
        ex is RecipeException { StepName: not null, InnerException: { } inner } ? inner.Message : ex.Message;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recipe '{Recipe}' from {Source} failed at step {Step} and was rolled back: {Reason}")]
    private static partial void LogRecipeFailed(ILogger logger, string recipe, string source, string step, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recipe '{Recipe}' from {Source} run: {Changes} changes")]
    private static partial void LogRecipeRun(ILogger logger, string recipe, string source, int changes);
}
