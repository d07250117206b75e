namespace LtkSite.Tests.Integration;

/// <summary>A module's settings section as a recipe writes it, for the settings tests.</summary>
public sealed class TestScheduleSettings
{
    public List<DateOnly> Dates { get; set; } = [];

    public int DeadlineDays { get; set; }
}
