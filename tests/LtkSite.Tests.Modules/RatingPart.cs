using Cms.Contents.Models;

namespace LtkSite.Tests.Modules;

/// <summary>RatingPart: <c>{"Stars": 4}</c>.</summary>
public sealed class RatingPart : ContentPart
{
    public int? Stars { get; set; }
}
