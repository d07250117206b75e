using Cms.Contents.Models;

namespace LtkSite.Tests.Integration;

/// <summary>PlainTestField: <c>{"Text": "…"}</c>.</summary>
public sealed class PlainTestField : ContentField
{
    public string? Text { get; set; }
}
