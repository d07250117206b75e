namespace Council.Grants.Models;

/// <summary>Money for the project from elsewhere: the source, the amount, and whether it is promised already.</summary>
public sealed class FinancingLine
{
    public string Source { get; set; } = "";

    public decimal Amount { get; set; }

    public bool Secured { get; set; }
}
