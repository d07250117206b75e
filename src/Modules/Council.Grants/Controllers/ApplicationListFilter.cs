namespace Council.Grants.Controllers;

/// <summary>
/// The applications list's filters, search, sort and page as typed in its query string, so a filtered list is a link.
/// Read once for the page and once for the export (<see cref="ApplicationsAdminController"/>).
/// </summary>
public sealed class ApplicationListFilter
{
    public const string FlagAny = "any";
    public const string FlagLowerPriority = "lower-priority";
    public const string FlagStartsEarly = "starts-early";

    public const string SortNewest = "newest";
    public const string SortOldest = "oldest";
    public const string SortAmountHigh = "amount-high";
    public const string SortAmountLow = "amount-low";
    public const string SortReference = "reference";

    public static readonly IReadOnlyList<string> Flags = [FlagAny, FlagLowerPriority, FlagStartsEarly];

    public static readonly IReadOnlyList<string> Sorts = [SortNewest, SortOldest, SortAmountHigh, SortAmountLow, SortReference];

    public string? Status { get; set; }

    public string? Kind { get; set; }

    public string? Year { get; set; }

    /// <summary>The meeting's date as 04.03.2027.</summary>
    public string? Meeting { get; set; }

    public string? Flag { get; set; }

    /// <summary>A reference number, or words of the applicant's name, the organisation or the project title.</summary>
    public string? Q { get; set; }

    public string? Sort { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>The filters (not the page) as a query string, e.g. <c>Status=Received&amp;Year=2027</c>.</summary>
    public string ToQuery()
    {
        var parts = new (string Key, string? Value)[]
        {
            (nameof(Status), Status), (nameof(Kind), Kind), (nameof(Year), Year), (nameof(Meeting), Meeting),
            (nameof(Flag), Flag), (nameof(Q), Q), (nameof(Sort), Sort),
        };
        return string.Join("&", parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!.Trim())}"));
    }
}
