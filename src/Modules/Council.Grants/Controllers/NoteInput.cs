namespace Council.Grants.Controllers;

/// <summary>The internal note form as posted.</summary>
public sealed class NoteInput
{
    public string Text { get; set; } = "";
}
