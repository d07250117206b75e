namespace Council.Meetings.Agenda;

/// <summary>A table of an agenda item, e.g. the budget: its caption, column headings and rows of formatted cells.</summary>
public sealed record AgendaTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
