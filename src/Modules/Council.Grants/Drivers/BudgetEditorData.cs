namespace Council.Grants.Drivers;

/// <summary>What the budget editor shows besides its inputs: how many rows of each list, and the total of the budget lines.</summary>
public sealed record BudgetEditorData(int BudgetRows, int FinancingRows, decimal Total, decimal FinancingTotal);
