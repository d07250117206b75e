namespace Council.Grants.Controllers;

/// <summary>The pool form as typed: amounts and factor in Danish notation (59.800, 1,187).</summary>
public sealed class PoolInput
{
    public string Amount { get; set; } = "";

    public string PriceLevelYear { get; set; } = "";

    public string IndexFactor { get; set; } = "";

    public bool ShowRemainingOnPage { get; set; }

    public static readonly IReadOnlyList<string> Order = [nameof(Amount), nameof(PriceLevelYear), nameof(IndexFactor), nameof(ShowRemainingOnPage)];
}
