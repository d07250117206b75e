namespace Cms.Documents;

/// <summary>A paragraph of running text (tagged P), wrapped to the page's width.</summary>
public sealed record DocumentParagraph(string Text) : DocumentBlock;
