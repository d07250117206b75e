using Council.Meetings.Agenda;
using Council.Meetings.Data;

namespace Council.Meetings.Packs;

/// <summary>
/// A meeting's agenda for one audience, the single source of the members' pack (HTML and PDF) and the public agenda:
/// the meeting's facts, formatted, and every item in order.
/// </summary>
public sealed record MeetingPack(
    long MeetingId,
    DateOnly Date,
    AgendaAudience Audience,
    MeetingStatus Status,
    string DateText,
    string TimeText,
    string Place,
    string ItemDeadlineText,
    string AgendaDeadlineText,
    bool Concluded,
    IReadOnlyList<MeetingPackItem> Items)
{
    /// <summary>The date in the form the public addresses use: /moeder/2027-03-04/dagsorden.</summary>
    public string UrlDate => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
