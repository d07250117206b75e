using Council.Grants.Models;

namespace Council.Grants.Services;

/// <summary>The list's filters once read and checked: what <see cref="GrantApplicationList"/> selects and in which order.</summary>
public sealed record ApplicationListCriteria
{
    public GrantApplicationStatus? Status { get; init; }

    public string? Kind { get; init; }

    public int? Year { get; init; }

    public DateOnly? Meeting { get; init; }

    public string? Flag { get; init; }

    public string? Search { get; init; }

    public string Sort { get; init; } = Controllers.ApplicationListFilter.SortNewest;
}
