namespace Council.Grants.Controllers;

/// <summary>One line of the report page's accounts: the budget line, what was typed, whether it is flagged, the receipt kept.</summary>
public sealed record GrantReportPageLine(int Position, string Item, string Budget)
{
    public string Actual { get; init; } = "";

    public string Explanation { get; init; } = "";

    /// <summary>The actual cost differs from the budget by more than 10 %: an explanation is asked for.</summary>
    public bool Flagged { get; init; }

    public string? KeptFileId { get; init; }

    public string? KeptFileName { get; init; }

    public string ActualInput => GrantReportController.ActualInput + Position;

    public string ExplanationInput => GrantReportController.ExplanationInput + Position;

    public string ReceiptInput => GrantReportController.ReceiptInput + Position;

    public string KeptInput => GrantReportController.KeptReceiptInput + Position;
}
