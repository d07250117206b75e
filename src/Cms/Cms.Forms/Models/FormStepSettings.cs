namespace Cms.Forms.Models;

/// <summary>One step of a form: elements name it in their <see cref="FormElementSettings.Step"/>.</summary>
public sealed class FormStepSettings
{
    public string Name { get; set; } = "";

    public string? Title { get; set; }

    public string? TitleEn { get; set; }
}
