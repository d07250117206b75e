namespace Council.Grants.Data;

/// <summary>One line of a report's accounts: the grantee's own budget line, what it actually cost and its receipt.</summary>
public sealed class GrantReportLine
{
    /// <summary>A line whose actual cost differs from its budget by more than this share is flagged and explained.</summary>
    public const decimal DeviationLimit = 0.10m;

    public long Id { get; set; }

    public long GrantReportId { get; set; }

    public int Position { get; set; }

    public string Item { get; set; } = "";

    public decimal Budget { get; set; }

    public decimal? Actual { get; set; }

    /// <summary>Why the actual cost differs from the budget, for a flagged line.</summary>
    public string Explanation { get; set; } = "";

    /// <summary>The receipt in the forms' private file store (Cms.Forms' FormFileRecord).</summary>
    public string? ReceiptFileId { get; set; }

    public string? ReceiptFileName { get; set; }

    /// <summary>Whether <paramref name="actual"/> differs from <paramref name="budget"/> by more than <see cref="DeviationLimit"/>.</summary>
    public static bool Deviates(decimal budget, decimal actual) =>
        budget == 0 ? actual != 0 : Math.Abs(actual - budget) > budget * DeviationLimit;

    public bool IsFlagged => Actual is { } actual && Deviates(Budget, actual);
}
