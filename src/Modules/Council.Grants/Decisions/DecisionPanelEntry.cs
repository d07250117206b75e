namespace Council.Grants.Decisions;

/// <summary>One movement of the application's grant as the page lists it.</summary>
public sealed record DecisionPanelEntry(string Date, string Kind, string Amount, string Note, string UserName);
