using Council.Grants.Models;

namespace Council.Grants.Rules;

/// <summary>What the rules look at in an application, read from the item or from a form being filled in.</summary>
public sealed record GrantApplicationFacts
{
    public string? ApplicantKind { get; init; }

    public string? Cvr { get; init; }

    public decimal? AmountAppliedFor { get; init; }

    public IReadOnlyList<BudgetLine> BudgetLines { get; init; } = [];

    public IReadOnlyList<FinancingLine> FinancingLines { get; init; } = [];

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    /// <summary>The meeting expected to treat the application (from the meeting schedule), if one is known.</summary>
    public DateOnly? ExpectedMeeting { get; init; }
}
