namespace Cms.Contents.Models;

/// <summary>BooleanField: <c>{"Value": true}</c>; null when the item never stored one (a new item takes the default).</summary>
public sealed class BooleanField : ContentField
{
    public bool? Value { get; set; }
}
