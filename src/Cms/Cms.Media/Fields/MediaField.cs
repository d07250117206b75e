using Cms.Contents.Models;

namespace Cms.Media.Fields;

/// <summary>
/// MediaField: files of the library as Orchard stores them, <c>{"Paths": [..], "MediaTexts": [..]}</c>; the
/// alternative text at an index belongs to the path at that index (the text belongs to each use of an image, not to the file).
/// </summary>
public sealed class MediaField : ContentField
{
    public List<string> Paths { get; set; } = [];

    public List<string> MediaTexts { get; set; } = [];
}
