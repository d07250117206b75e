using Council.Meetings.Data;

namespace Council.Meetings.Models;

/// <summary>
/// The minutes page: the meeting, the text in the editor, who approved and published it and when, the page's address, the
/// minutes' history (newest first) and the reason typed for making them a draft again.
/// </summary>
public sealed record MinutesViewModel(Meeting Meeting, string Markdown, bool IsSaved, string? Approved, string? Published, string? PagePath, IReadOnlyList<MinutesHistoryLine> History, string Reason);
