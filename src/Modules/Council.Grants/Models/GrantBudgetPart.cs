using Cms.Contents.Models;

namespace Council.Grants.Models;

/// <summary>
/// GrantBudgetPart: <c>{"BudgetLines": [{"Item", "Amount"}], "AmountAppliedFor": 10000, "FinancingLines": [{"Source",
/// "Amount", "Secured"}], "Total": 25000}</c>. The total is computed from the lines whenever the item is saved.
/// </summary>
public sealed class GrantBudgetPart : ContentPart
{
    public List<BudgetLine> BudgetLines { get; set; } = [];

    public decimal? AmountAppliedFor { get; set; }

    public List<FinancingLine> FinancingLines { get; set; } = [];

    public decimal Total { get; set; }

    public decimal ComputeTotal() => BudgetLines.Sum(l => l.Amount);
}
