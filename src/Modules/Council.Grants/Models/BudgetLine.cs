namespace Council.Grants.Models;

/// <summary>One line of a project's budget: what the money is for and how much.</summary>
public sealed class BudgetLine
{
    public string Item { get; set; } = "";

    public decimal Amount { get; set; }
}
