namespace LtkSite.Tests.Modules;

/// <summary>RatingPart's settings in a type.</summary>
public sealed class RatingPartSettings
{
    public int MaxStars { get; set; } = 5;
}
