namespace Council.Grants.Controllers;

/// <summary>An internal note as the detail page shows it: who wrote it, when (25.11.2026 14:30), and the text.</summary>
public sealed record ApplicationNoteLine(string Author, string When, string Text);
