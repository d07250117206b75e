namespace Cms.Contents.Models;

/// <summary>AutoroutePart: the item's address without its culture prefix, and whether it is its language's home page.</summary>
public sealed class AutoroutePart : ContentPart
{
    public string? Path { get; set; }

    /// <summary>Orchard's "set as home page": the item is shown at <c>/</c> (or <c>/en</c>).</summary>
    public bool SetHomepage { get; set; }
}
