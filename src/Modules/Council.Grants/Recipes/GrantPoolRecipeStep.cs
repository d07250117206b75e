using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.Data;
using Cms.Core.Recipes;
using Council.Grants.Services;

namespace Council.Grants.Recipes;

/// <summary>
/// The <c>GrantPool</c> step: <c>{"name": "GrantPool", "Pools": [{"Year": 2027, "Amount": 59800, "PriceLevelYear": 2015,
/// "IndexFactor": 1.187, "ShowRemainingOnPage": false}]}</c>. A pool in the step replaces the stored one of its year;
/// other years stay.
/// </summary>
public sealed class GrantPoolRecipeStep(GrantPoolLedger ledger, LtkDbContext db, GrantPoolPageState pageState, TimeProvider clock) : IRecipeStepHandler
{
    public string StepName => "GrantPool";

    public async Task ExecuteAsync(JsonObject step, CancellationToken cancellationToken)
    {
        if (Recipe.GetProperty(step, "Pools") is not JsonArray pools)
        {
            throw new RecipeException("GrantPool needs \"Pools\": a list of { \"Year\", \"Amount\", \"PriceLevelYear\" }.");
        }

        foreach (var node in pools)
        {
            if (node is not JsonObject entry)
            {
                throw new RecipeException("Each entry of \"Pools\" is an object with \"Year\", \"Amount\" and \"PriceLevelYear\".");
            }

            var year = Number(entry, "Year") is { } y && y == decimal.Truncate(y) && y >= 2000 && y <= 2200 ? (int)y
                : throw new RecipeException("A pool's \"Year\" is a year from 2000 to 2200, e.g. 2027.");
            var amount = Number(entry, "Amount") is { } a && a > 0 ? a
                : throw new RecipeException($"The pool for {year} needs an \"Amount\" above 0 (kroner, e.g. 59800).");
            var level = Number(entry, "PriceLevelYear") is { } l && l == decimal.Truncate(l) && l <= year ? (int)l
                : throw new RecipeException($"The pool for {year} needs a \"PriceLevelYear\" no later than {year}, e.g. 2015.");
            var factor = Number(entry, "IndexFactor");
            if (factor is { } f && (f < 0.5m || f > 5m))
            {
                throw new RecipeException($"The pool for {year} has an \"IndexFactor\" of {f.ToString(CultureInfo.InvariantCulture)}; give one between 0.5 and 5, or none.");
            }

            var pool = await ledger.LoadForUpdateAsync(year, cancellationToken);
            pool.Amount = amount;
            pool.PriceLevelYear = level;
            pool.IndexFactor = factor;
            pool.ShowRemainingOnPage = entry["ShowRemainingOnPage"]?.GetValue<bool>() ?? false;
            pool.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
            pool.ConcurrencyStamp = Guid.NewGuid();
        }

        db.AfterCommit.Add(nameof(GrantPoolPageState), _ =>
        {
            pageState.Changed();
            return Task.CompletedTask;
        });
    }

    private static decimal? Number(JsonObject entry, string name)
    {
        try
        {
            return entry[name]?.GetValue<decimal>();
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            throw new RecipeException($"\"{name}\" of a pool is a number.", ex);
        }
    }
}
