namespace Cms.Contents.Models;

/// <summary>LocalizationPart: the item's language and the set its translations share.</summary>
public sealed class LocalizationPart : ContentPart
{
    public string? Culture { get; set; }

    public string? LocalizationSet { get; set; }
}
