namespace Cms.Contents.Models;

/// <summary>EmailField (ours, Orchard has none): <c>{"Email": "name@example.dk"}</c>.</summary>
public sealed class EmailField : ContentField
{
    public string? Email { get; set; }
}
