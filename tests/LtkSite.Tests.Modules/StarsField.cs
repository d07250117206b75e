using Cms.Contents.Models;

namespace LtkSite.Tests.Modules;

/// <summary>StarsField: <c>{"Stars": 2}</c>, null when not given.</summary>
public sealed class StarsField : ContentField
{
    public int? Stars { get; set; }
}
