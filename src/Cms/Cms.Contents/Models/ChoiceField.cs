namespace Cms.Contents.Models;

/// <summary>ChoiceField (ours): <c>{"Values": ["…"]}</c>, the chosen options' values.</summary>
public sealed class ChoiceField : ContentField
{
    public List<string> Values { get; set; } = [];
}
