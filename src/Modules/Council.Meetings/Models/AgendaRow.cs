using Council.Meetings.Data;

namespace Council.Meetings.Models;

/// <summary>An item on a meeting's agenda as the admin shows it.</summary>
public sealed record AgendaRow(long Id, int Position, string Title, string Applicant, AgendaItemStatus Status, string OutcomeText, string? AdminUrl);
