namespace Cms.Documents;

/// <summary>A label and its value, e.g. "Ansøgt beløb" and "12.500 kr.".</summary>
public sealed record DocumentFact(string Label, string Value);
