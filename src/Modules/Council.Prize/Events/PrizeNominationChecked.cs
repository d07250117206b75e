using Council.Prize.Data;

namespace Council.Prize.Events;

/// <summary>The secretariat checked a nomination: valid, more asked for, or not valid with a reason.</summary>
public sealed record PrizeNominationChecked(string ContentItemId, PrizeNominationStatus Status, string Reason);
