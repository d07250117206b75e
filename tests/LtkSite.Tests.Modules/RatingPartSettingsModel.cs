namespace LtkSite.Tests.Modules;

/// <summary>The input of RatingPart's settings.</summary>
public sealed class RatingPartSettingsModel
{
    public string? MaxStars { get; set; }
}
