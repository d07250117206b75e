namespace Cms.Documents;

/// <summary>A heading of level 1 to 3 (tagged H1–H3).</summary>
public sealed record DocumentHeading(int Level, string Text) : DocumentBlock;
