namespace LtkSite.Tests.Modules;

public sealed class GradeFieldSettingsModel
{
    public string? Highest { get; set; }
}
