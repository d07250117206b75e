namespace Cms.Contents.Models;

/// <summary>
/// AliasPart: a fixed name the site finds an item by (the theme's main menu is "main"; a template can be made
/// for one item by its alias). The model lives here because templates and menus both read it; Cms.Menus brings
/// its editor.
/// </summary>
public sealed class AliasPart : ContentPart
{
    public string? Alias { get; set; }
}
