namespace Cms.Contents.Models;

/// <summary>ListPart: no properties of its own (its settings say what it holds; the items point to it with their ContainedPart).</summary>
public sealed class ListPart : ContentPart;
