namespace Cms.Contents.Models;

/// <summary>NumericField: <c>{"Value": 12.5}</c>, null when empty.</summary>
public sealed class NumericField : ContentField
{
    public decimal? Value { get; set; }
}
