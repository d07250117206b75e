namespace Cms.Contents.Fields.Settings;

public sealed class NumericFieldSettingsModel
{
    public string? Minimum { get; set; }

    public string? Maximum { get; set; }

    /// <summary>Digits after the decimal point.</summary>
    public string? Scale { get; set; }

    /// <summary>1.234 rather than 1234 (off for years).</summary>
    public bool ThousandsSeparator { get; set; } = true;

    public string? Placeholder { get; set; }
}
