using Council.Meetings.Data;

namespace Council.Meetings.Controllers;

/// <summary>The minutes page: the meeting, the text in the editor, who approved and published it and when, and the page's address.</summary>
public sealed record MinutesViewModel(Meeting Meeting, string Markdown, bool IsSaved, string? Approved, string? Published, string? PagePath);
