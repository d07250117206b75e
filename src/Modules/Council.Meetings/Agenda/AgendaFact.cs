namespace Council.Meetings.Agenda;

/// <summary>One labelled value of an agenda item, e.g. "Ansøgt beløb: 12.000 kr." (already formatted, localized).</summary>
public sealed record AgendaFact(string Label, string Value);
