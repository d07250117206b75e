namespace LtkSite.Tests.Modules;

/// <summary>GradeField's settings group, named "{FieldType}Settings" as the built-in ones are.</summary>
public sealed class GradeFieldSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }

    /// <summary>The highest grade an item may get.</summary>
    public int Highest { get; set; } = 12;
}
