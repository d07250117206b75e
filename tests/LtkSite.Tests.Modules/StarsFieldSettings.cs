namespace LtkSite.Tests.Modules;

/// <summary>StarsField's settings in a part: the most stars, and whether some must be given.</summary>
public sealed class StarsFieldSettings
{
    public int Max { get; set; } = 5;

    public bool Required { get; set; }
}
