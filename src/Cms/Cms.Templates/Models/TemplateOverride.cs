namespace Cms.Templates.Models;

/// <summary>An admin-edited Liquid template that takes the place of the theme's file of the same name.</summary>
public sealed class TemplateOverride
{
    /// <summary>The template's name, e.g. <c>Content-Page</c> (the theme's file name without <c>.liquid</c>).</summary>
    public string Name { get; set; } = "";

    public string Content { get; set; } = "";

    public DateTime ModifiedUtc { get; set; }

    public string ModifiedBy { get; set; } = "";
}
