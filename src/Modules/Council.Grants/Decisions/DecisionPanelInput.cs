namespace Council.Grants.Decisions;

/// <summary>
/// The application page's money forms as typed: the secretariat's recommendation, a payment and a lapse. Each form
/// posts its own fields; the names differ so the three can stand on one page.
/// </summary>
public sealed class DecisionPanelInput
{
    public string Recommendation { get; set; } = "";

    public string RecommendedAmount { get; set; } = "";

    public string PaymentAmount { get; set; } = "";

    /// <summary>The day paid, dd.MM.yyyy.</summary>
    public string PaymentDate { get; set; } = "";

    public string LapseAmount { get; set; } = "";

    public string LapseReason { get; set; } = "";

    public static readonly IReadOnlyList<string> Order =
        [nameof(Recommendation), nameof(RecommendedAmount), nameof(PaymentAmount), nameof(PaymentDate), nameof(LapseAmount), nameof(LapseReason)];
}
