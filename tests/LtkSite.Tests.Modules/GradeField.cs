using Cms.Contents.Models;

namespace LtkSite.Tests.Modules;

/// <summary>GradeField: <c>{"Value": 7}</c>, null when not given.</summary>
public sealed class GradeField : ContentField
{
    public int? Value { get; set; }
}
