using Council.Grants.Services;

namespace Council.Grants.Controllers;

/// <summary>The pool page: one year's figures and its meetings, its form, and the years to go to.</summary>
public sealed record PoolViewModel(GrantPoolFigures Figures, PoolInput Input, IReadOnlyList<int> Years, int CurrentYear, IReadOnlyList<MeetingLedgerRow> Meetings);
