namespace Cms.Documents;

/// <summary>A bulleted list (tagged L, LI, Lbl, LBody).</summary>
public sealed record DocumentList(IReadOnlyList<string> Items) : DocumentBlock;
