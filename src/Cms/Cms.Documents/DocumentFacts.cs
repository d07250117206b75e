namespace Cms.Documents;

/// <summary>Labelled values, laid out as a two-column table whose labels are row headers.</summary>
public sealed record DocumentFacts(IReadOnlyList<DocumentFact> Facts) : DocumentBlock;
